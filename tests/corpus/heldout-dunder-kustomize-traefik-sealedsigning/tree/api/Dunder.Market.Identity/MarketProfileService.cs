using System.Security.Claims;
using Dunder.Market.Identity.Data;
using Duende.IdentityServer.Extensions;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using Microsoft.EntityFrameworkCore;

namespace Dunder.Market.Identity;

// Claims are reloaded from the database: at /connect/userinfo the subject only carries "sub".
public class MarketProfileService(IdentityDbContext db) : IProfileService
{
    public async Task GetProfileDataAsync(ProfileDataRequestContext context, CancellationToken ct)
    {
        if (!Guid.TryParse(context.Subject.GetSubjectId(), out var id))
        {
            return;
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return;
        }

        var claims = new List<Claim> { new("name", user.DisplayName), new("email", user.Email) };
        if (user.IsAdmin)
        {
            claims.Add(new Claim("role", "Admin"));
        }

        context.AddRequestedClaims(claims);
    }

    public async Task IsActiveAsync(IsActiveContext context, CancellationToken ct)
    {
        var id = Guid.Parse(context.Subject.GetSubjectId());
        context.IsActive = await db.Users.AnyAsync(u => u.Id == id, ct);
    }
}
