using System;
using Microsoft.AspNetCore.Identity;

namespace Southridge.Identity.Internals.Models
{
    public class ApplicationUser : IdentityUser
    {
        public string DisplayName { get; set; }
        public DateTime CreatedAt { get; set; }
    }
}
