using System;
using Microsoft.AspNetCore.Identity;

namespace Fabrikam.Insights.Admin.Models
{
    public class ApplicationUser : IdentityUser
    {
        public string FirstName { get; set; } = string.Empty;
        public string LastName { get; set; } = string.Empty;
    }

    public class UserInvite
    {
        public Guid Id { get; set; }
        public string Email { get; set; } = string.Empty;
        public bool Accepted { get; set; }
        public DateTime Created { get; set; }
    }
}
