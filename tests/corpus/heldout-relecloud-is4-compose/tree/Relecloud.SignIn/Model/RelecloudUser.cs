using System;
using Microsoft.AspNetCore.Identity;

namespace Relecloud.SignIn.Model
{
    public class RelecloudUser : IdentityUser<Guid>
    {
        public string FirstName { get; set; }
        public string LastName { get; set; }
        public string Address { get; set; }
        public int RegionId { get; set; }
    }

    public class RelecloudUserRole : IdentityUserRole<Guid>
    {
    }
}
