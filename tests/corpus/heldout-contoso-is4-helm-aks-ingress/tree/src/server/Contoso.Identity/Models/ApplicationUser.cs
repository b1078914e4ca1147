using Microsoft.AspNetCore.Identity;

namespace Contoso.Identity.Models
{
    public class ApplicationUser : IdentityUser
    {
    }
}
