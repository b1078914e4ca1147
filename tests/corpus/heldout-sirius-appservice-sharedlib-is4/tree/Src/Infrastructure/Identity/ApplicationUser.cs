using Microsoft.AspNetCore.Identity;

namespace Sirius.Infrastructure.Identity
{
    public class ApplicationUser : IdentityUser
    {
    }
}
