using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Sirius.Application.Common.Interfaces;
using Sirius.Application.Common.Models;

namespace Sirius.Infrastructure.Identity
{
    public class UserManagerService : IUserManager
    {
        private readonly UserManager<ApplicationUser> _userManager;

        public UserManagerService(UserManager<ApplicationUser> userManager) => _userManager = userManager;

        public async Task<(Result Result, string UserId)> CreateUserAsync(string userName, string password)
        {
            var user = new ApplicationUser { UserName = userName, Email = userName };
            var outcome = await _userManager.CreateAsync(user, password);

            var result = outcome.Succeeded
                ? Result.Success()
                : Result.Failure(outcome.Errors.Select(e => e.Description));

            return (result, user.Id);
        }

        public async Task<Result> DeleteUserAsync(string userId)
        {
            var user = _userManager.Users.SingleOrDefault(u => u.Id == userId);
            if (user == null)
            {
                return Result.Success();
            }

            var outcome = await _userManager.DeleteAsync(user);
            return outcome.Succeeded ? Result.Success() : Result.Failure(outcome.Errors.Select(e => e.Description));
        }
    }
}
