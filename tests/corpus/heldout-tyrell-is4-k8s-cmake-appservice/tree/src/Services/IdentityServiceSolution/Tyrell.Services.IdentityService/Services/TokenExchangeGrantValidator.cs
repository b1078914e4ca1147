using IdentityServer4.Models;
using IdentityServer4.Validation;

namespace Tyrell.Services.IdentityService.Services;

// Lets the web BFF swap a user's access token for one aimed at a downstream service
public class TokenExchangeGrantValidator : IExtensionGrantValidator
{
    private readonly ITokenValidator tokenValidator;

    public TokenExchangeGrantValidator(ITokenValidator tokenValidator) => this.tokenValidator = tokenValidator;

    public string GrantType => "urn:ietf:params:oauth:grant-type:token-exchange";

    public async Task ValidateAsync(ExtensionGrantValidationContext context)
    {
        var subjectToken = context.Request.Raw.Get("subject_token");
        var result = await tokenValidator.ValidateAccessTokenAsync(subjectToken);

        if (result.IsError)
        {
            context.Result = new GrantValidationResult(TokenRequestErrors.InvalidGrant);
            return;
        }

        var subject = result.Claims.First(claim => claim.Type == "sub").Value;
        context.Result = new GrantValidationResult(subject, GrantType, result.Claims);
    }
}
