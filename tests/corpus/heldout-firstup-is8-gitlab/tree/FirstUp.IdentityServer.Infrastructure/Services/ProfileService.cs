using IdentityServer.Domain.Entities;
using IdentityServer8.Models;
using IdentityServer8.Services;
using Microsoft.AspNetCore.Identity;

namespace IdentityServer.Infrastructure.Services;

public class ProfileService : IProfileService
{
    private readonly UserManager<ApplicationUser> _users;

    public ProfileService(UserManager<ApplicationUser> users)
    {
        _users = users;
    }

    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        ApplicationUser? user = await _users.GetUserAsync(context.Subject);
        if (user == null)
        {
            return;
        }

        IList<string> roles = await _users.GetRolesAsync(user);
        context.IssuedClaims.AddRange(roles.Select(r => new System.Security.Claims.Claim("role", r)));
    }

    public async Task IsActiveAsync(IsActiveContext context)
    {
        ApplicationUser? user = await _users.GetUserAsync(context.Subject);
        context.IsActive = user is { IsActive: true };
    }
}
