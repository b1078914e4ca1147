using System.Security.Claims;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using IdentityModel;
using IdentityService.Models;
using Microsoft.AspNetCore.Identity;

namespace IdentityService.Services;

public class CustomProfileService : IProfileService
{
    private readonly UserManager<ApplicationUser> _users;

    public CustomProfileService(UserManager<ApplicationUser> users)
    {
        _users = users;
    }

    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var user = await _users.GetUserAsync(context.Subject);
        var stored = await _users.GetClaimsAsync(user);

        context.IssuedClaims.Add(new Claim("username", user.UserName));
        context.IssuedClaims.Add(stored.FirstOrDefault(c => c.Type == JwtClaimTypes.Name));
    }

    public Task IsActiveAsync(IsActiveContext context) => Task.CompletedTask;
}
