using System.Security.Claims;
using Duende.IdentityServer.Test;
using IdentityModel;

namespace Nakatomi.Auth.Pages;

public static class DemoUsers
{
    public static List<TestUser> All => new()
    {
        new TestUser
        {
            SubjectId = "1",
            Username = "holly",
            Password = "holly",
            Claims = { new Claim(JwtClaimTypes.Name, "Holly Gennaro"), new Claim(JwtClaimTypes.Email, "holly@nakatomi-plaza.com") },
        },
        new TestUser
        {
            SubjectId = "2",
            Username = "ellis",
            Password = "ellis",
            Claims = { new Claim(JwtClaimTypes.Name, "Harry Ellis") },
        },
    };
}
