using System.Security.Claims;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.Identity;

namespace Globex.AccountService.Infrastructure.Identity;

/// <summary>Adds the marketplace role and display name to issued tokens.</summary>
public sealed class GlobexProfileService(UserManager<GlobexUser> users) : IProfileService
{
    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var user = await users.GetUserAsync(context.Subject);
        if (user is null)
            return;

        context.IssuedClaims.Add(new Claim("name", user.FullName));
        context.IssuedClaims.Add(new Claim("email", user.Email ?? string.Empty));
        context.IssuedClaims.Add(new Claim("role", user.Role));
    }

    public async Task IsActiveAsync(IsActiveContext context)
    {
        var user = await users.GetUserAsync(context.Subject);
        context.IsActive = user is { IsActive: true };
    }
}
