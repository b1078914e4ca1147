using System.Collections.Generic;
using System.Security.Claims;
using IdentityModel;
using IdentityServer4.Test;

namespace Margie.Passport.Quickstart
{
    public static class TestTravelers
    {
        public static List<TestUser> All => new List<TestUser>
        {
            new TestUser
            {
                SubjectId = "31001",
                Username = "rosa",
                Password = "rosa",
                Claims = { new Claim(JwtClaimTypes.Name, "Rosa Quillfeather"), new Claim(JwtClaimTypes.Email, "rosa@margiestravel.net") },
            },
            new TestUser
            {
                SubjectId = "31002",
                Username = "tomas",
                Password = "tomas",
                Claims = { new Claim(JwtClaimTypes.Name, "Tomas Evergreen"), new Claim(JwtClaimTypes.Email, "tomas@margiestravel.net") },
            },
        };
    }
}
