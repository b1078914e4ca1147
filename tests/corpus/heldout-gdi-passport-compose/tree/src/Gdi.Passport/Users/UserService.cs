using Microsoft.AspNetCore.Identity;

namespace Gdi.Passport.Users;

public interface IUserService
{
	Task<IdentityResult> CreateAsync(string email, string password);
}

internal sealed class UserService(UserManager<ApplicationUser> users) : IUserService
{
	public Task<IdentityResult> CreateAsync(string email, string password) =>
		users.CreateAsync(new ApplicationUser { UserName = email, Email = email, TermsAcceptedAt = DateTimeOffset.UtcNow }, password);
}
