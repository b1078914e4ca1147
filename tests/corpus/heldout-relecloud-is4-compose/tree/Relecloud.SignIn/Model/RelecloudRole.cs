using System;
using Microsoft.AspNetCore.Identity;

namespace Relecloud.SignIn.Model
{
    public class RelecloudRole : IdentityRole<Guid>
    {
        public RelecloudRole() { }

        public RelecloudRole(Guid id, string name) : base(name)
        {
            Id = id;
        }

        public static readonly RelecloudRole Operator = new RelecloudRole(new Guid("3f0b6a52-9d1e-4c7b-8a24-51e0c9d7b6a1"), "Operator");
        public static readonly RelecloudRole Traveller = new RelecloudRole(new Guid("a8c41e07-2b6d-4f93-b0e5-7d2f18c3a964"), "Traveller");
    }
}
