using System.Security.Claims;
using Duende.IdentityServer.Test;
using IdentityModel;

namespace BaldwinIdentityServer;

public static class TestUsers
{
    public static List<TestUser> Users =>
        new()
        {
            new TestUser
            {
                SubjectId = "101",
                Username = "curator",
                Password = "curator",
                Claims =
                {
                    new Claim(JwtClaimTypes.Name, "Hedda Curator"),
                    new Claim(JwtClaimTypes.Email, "curator@baldwin.test"),
                    new Claim(JwtClaimTypes.EmailVerified, "true", ClaimValueTypes.Boolean)
                }
            },
            new TestUser
            {
                SubjectId = "102",
                Username = "docent",
                Password = "docent",
                Claims =
                {
                    new Claim(JwtClaimTypes.Name, "Oskar Docent"),
                    new Claim(JwtClaimTypes.Email, "docent@baldwin.test"),
                    new Claim(JwtClaimTypes.EmailVerified, "true", ClaimValueTypes.Boolean)
                }
            }
        };
}
