using System.Collections.Generic;
using System.Security.Claims;
using Duende.IdentityServer.Test;
using IdentityModel;

namespace Bazaar.Identity.Quickstart
{
    public static class DemoUsers
    {
        public static List<TestUser> All =>
            new List<TestUser>
            {
                new TestUser
                {
                    SubjectId = "500101",
                    Username = "marta",
                    Password = "marta-demo",
                    Claims =
                    {
                        new Claim(JwtClaimTypes.Name, "Marta Ruiz"),
                        new Claim(JwtClaimTypes.Email, "marta@bazaar.test"),
                        new Claim(JwtClaimTypes.EmailVerified, "true", ClaimValueTypes.Boolean)
                    }
                },
                new TestUser
                {
                    SubjectId = "500102",
                    Username = "owen",
                    Password = "owen-demo",
                    Claims =
                    {
                        new Claim(JwtClaimTypes.Name, "Owen Blake"),
                        new Claim(JwtClaimTypes.Email, "owen@bazaar.test"),
                        new Claim(JwtClaimTypes.EmailVerified, "true", ClaimValueTypes.Boolean)
                    }
                }
            };
    }
}
