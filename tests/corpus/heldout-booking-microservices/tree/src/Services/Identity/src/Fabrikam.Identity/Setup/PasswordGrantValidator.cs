using Duende.IdentityServer.Models;
using Duende.IdentityServer.Validation;
using Fabrikam.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Fabrikam.Identity.Setup;

public class PasswordGrantValidator(UserManager<Traveller> users, SignInManager<Traveller> signIns)
    : IResourceOwnerPasswordValidator
{
    public async Task ValidateAsync(ResourceOwnerPasswordValidationContext context)
    {
        var traveller = await users.FindByNameAsync(context.UserName);
        if (traveller is null)
        {
            context.Result = new GrantValidationResult(TokenRequestErrors.InvalidGrant, "unknown traveller");
            return;
        }

        var check = await signIns.CheckPasswordSignInAsync(traveller, context.Password, lockoutOnFailure: true);
        context.Result = check.Succeeded
            ? new GrantValidationResult(traveller.Id.ToString(), "pwd")
            : new GrantValidationResult(TokenRequestErrors.InvalidGrant, "bad credentials");
    }
}
