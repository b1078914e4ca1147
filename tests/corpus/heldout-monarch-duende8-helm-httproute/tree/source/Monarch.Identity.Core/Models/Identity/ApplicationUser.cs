using Microsoft.AspNetCore.Identity;

namespace Monarch.Identity.Core.Models.Identity;

public class ApplicationUser : IdentityUser
{
}
