using Microsoft.AspNetCore.Identity;

namespace AcmeKeys.Models
{
	public class ApplicationUser : IdentityUser
	{
	}
}
