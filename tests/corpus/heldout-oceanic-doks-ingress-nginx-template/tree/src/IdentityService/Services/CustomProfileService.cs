using System.Security.Claims;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using IdentityModel;
using IdentityService.Models;
using Microsoft.AspNetCore.Identity;

namespace IdentityService.Services;

public class CustomProfileService(UserManager<ApplicationUser> userManager) : IProfileService
{
    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var user = await userManager.GetUserAsync(context.Subject)
            ?? throw new ArgumentException("User not found");

        var stored = await userManager.GetClaimsAsync(user);

        context.IssuedClaims.Add(new Claim("username", user.UserName!));
        context.IssuedClaims.Add(stored.FirstOrDefault(c => c.Type == JwtClaimTypes.Name)!);
    }

    public Task IsActiveAsync(IsActiveContext context) => Task.CompletedTask;
}
