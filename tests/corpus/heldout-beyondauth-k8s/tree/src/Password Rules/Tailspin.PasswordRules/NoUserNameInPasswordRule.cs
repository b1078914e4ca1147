using Microsoft.AspNetCore.Identity;

namespace Tailspin.PasswordRules
{
    /// <summary>Refuses a password that contains the account's own user name.</summary>
    public class NoUserNameInPasswordRule<TUser> : IPasswordValidator<TUser> where TUser : class
    {
        public async Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
        {
            var name = await manager.GetUserNameAsync(user);
            if (!string.IsNullOrEmpty(name) && password != null &&
                password.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return IdentityResult.Failed(new IdentityError
                {
                    Code = "PasswordHoldsUserName",
                    Description = "Choose a password that does not include your user name."
                });
            }
            return IdentityResult.Success;
        }
    }
}
