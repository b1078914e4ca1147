using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Validation;

namespace Stark.IdentityServer.Services
{
    public class ResourceOwnerPasswordValidator : IResourceOwnerPasswordValidator
    {
        private readonly ILoginService _logins;

        public ResourceOwnerPasswordValidator(ILoginService logins) => _logins = logins;

        public Task ValidateAsync(ResourceOwnerPasswordValidationContext context)
        {
            if (_logins.ValidateCredentials(context.UserName, context.Password))
            {
                var profile = _logins.FindByUsername(context.UserName);
                context.Result = new GrantValidationResult(profile.Id, "password");
            }
            else
            {
                context.Result = new GrantValidationResult(TokenRequestErrors.InvalidGrant, "Wrong username or password.");
            }
            return Task.CompletedTask;
        }
    }
}
