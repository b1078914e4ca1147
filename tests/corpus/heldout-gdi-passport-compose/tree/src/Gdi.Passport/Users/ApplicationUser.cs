using Microsoft.AspNetCore.Identity;

namespace Gdi.Passport.Users;

public class ApplicationUser : IdentityUser
{
	public DateTimeOffset? TermsAcceptedAt { get; set; }
}
