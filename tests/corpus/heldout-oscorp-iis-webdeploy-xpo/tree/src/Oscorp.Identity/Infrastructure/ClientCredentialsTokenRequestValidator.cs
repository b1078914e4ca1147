using Duende.IdentityServer;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using Duende.IdentityServer.Validation;

namespace Oscorp.Identity.Infrastructure;

// Copies the profile claims into client-credentials tokens that ask for the local API scope.
public sealed class ClientCredentialsTokenRequestValidator : ICustomTokenRequestValidator
{
    private readonly IProfileService profiles;

    public ClientCredentialsTokenRequestValidator(IProfileService profiles) => this.profiles = profiles;

    public async Task ValidateAsync(CustomTokenRequestValidationContext context)
    {
        var request = context.Result.ValidatedRequest;
        if (context.Result.IsError || !request.RequestedScopes.Contains(IdentityServerConstants.LocalApi.ScopeName))
        {
            return;
        }

        var profileContext = new ProfileDataRequestContext(request.Subject, request.Client, GetType().Name, request.RequestedScopes);
        await profiles.GetProfileDataAsync(profileContext);

        foreach (var claim in profileContext.IssuedClaims)
        {
            request.ClientClaims.Add(claim);
        }
    }
}
