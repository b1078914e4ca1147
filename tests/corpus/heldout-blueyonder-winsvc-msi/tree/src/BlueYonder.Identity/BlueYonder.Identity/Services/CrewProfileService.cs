using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;

namespace BlueYonder.Identity.Services;

/// <summary>Issues the claims received from Entra ID (name, email, group ids) as-is.</summary>
public class CrewProfileService : IProfileService
{
    public Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        context.AddRequestedClaims(context.Subject.Claims);
        return Task.CompletedTask;
    }

    public Task IsActiveAsync(IsActiveContext context)
    {
        context.IsActive = true;
        return Task.CompletedTask;
    }
}
