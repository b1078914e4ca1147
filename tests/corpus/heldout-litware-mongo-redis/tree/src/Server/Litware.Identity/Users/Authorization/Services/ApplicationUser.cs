using Microsoft.AspNetCore.Identity;

namespace Litware.Identity.Users.Authorization.Services
{
    // Users and roles are stored as MongoDB documents through custom Identity stores.
    public class ApplicationUser : IdentityUser
    {
        public string FirstName { get; set; }
        public string LastName { get; set; }
    }

    public class ApplicationRole : IdentityRole
    {
    }
}
