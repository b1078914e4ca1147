using System.Collections.Generic;
using System.Security.Claims;
using IdentityModel;
using IdentityServer4.Test;

namespace Tailspin.Identity
{
    public static class DemoUsers
    {
        public static List<TestUser> All => new List<TestUser>
        {
            new TestUser
            {
                SubjectId = "7001",
                Username = "pilot",
                Password = "pilot",
                Claims = { new Claim(JwtClaimTypes.Name, "Pat Pilot") },
            },
            new TestUser
            {
                SubjectId = "7002",
                Username = "crew",
                Password = "crew",
                Claims = { new Claim(JwtClaimTypes.Name, "Casey Crew") },
            },
        };
    }
}
