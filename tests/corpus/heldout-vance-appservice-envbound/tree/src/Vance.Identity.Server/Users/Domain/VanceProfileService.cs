using System.Security.Claims;
using Duende.IdentityModel;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.Identity;

namespace Vance.Identity.Server.Users.Domain;

public sealed class VanceProfileService(UserManager<VanceUser> users) : IProfileService
{
    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var user = await users.GetUserAsync(context.Subject);
        if (user?.Email is null)
        {
            return;
        }

        context.IssuedClaims.Add(new Claim(JwtClaimTypes.Email, user.Email));
    }

    public async Task IsActiveAsync(IsActiveContext context)
    {
        context.IsActive = await users.GetUserAsync(context.Subject) is not null;
    }
}
