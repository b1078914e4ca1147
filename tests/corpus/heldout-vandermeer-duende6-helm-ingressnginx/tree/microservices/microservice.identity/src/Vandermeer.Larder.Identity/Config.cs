using System.Security.Claims;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Test;
using IdentityModel;

namespace Vandermeer.Larder.Identity;

public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
        new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile()
        };

    public static IEnumerable<ApiScope> ApiScopes =>
        new[]
        {
            new ApiScope("stock", "Larder stock API"),
            new ApiScope("recipe", "Larder recipe API"),
            new ApiScope("larder", "Larder shelf API"),
            new ApiScope("larder.read", "Read shelf items"),
            new ApiScope("larder.delete", "Remove shelf items")
        };

    public static IEnumerable<ApiResource> ApiResources =>
        new[]
        {
            new ApiResource("larder-api", "Larder API")
            {
                Scopes = { "larder", "larder.read", "larder.delete" }
            }
        };

    public static IEnumerable<Client> Clients =>
        new[]
        {
            // machine client used by the integration tests and service calls
            new Client
            {
                ClientId = "larder-service-client",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets = { new Secret("larder-service-secret".Sha256()) },
                AllowedScopes = { "openid", "profile", "stock", "recipe", "larder" }
            },

            // Angular front end (authorization code + PKCE, public client)
            new Client
            {
                ClientId = "larder-spa",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                RequireClientSecret = false,
                RedirectUris = { "http://localhost:4200", "https://larder-tls.localdev.me" },
                PostLogoutRedirectUris = { "http://localhost:4200", "https://larder-tls.localdev.me" },
                AllowedCorsOrigins = { "http://localhost:4200", "https://localhost:1001", "https://larder-tls.localdev.me" },
                AllowedScopes = { "openid", "profile", "stock", "recipe", "larder" }
            }
        };
}

public static class LarderUsers
{
    public static List<TestUser> All => new()
    {
        new TestUser
        {
            SubjectId = "40117",
            Username = "margriet",
            Password = "margriet",
            Claims =
            {
                new Claim(JwtClaimTypes.Name, "Margriet Vandermeer"),
                new Claim(JwtClaimTypes.Email, "margriet@mail.vandermeer.nl")
            }
        },
        new TestUser
        {
            SubjectId = "40118",
            Username = "joost",
            Password = "joost",
            Claims =
            {
                new Claim(JwtClaimTypes.Name, "Joost Vandermeer"),
                new Claim(JwtClaimTypes.Email, "joost@mail.vandermeer.nl")
            }
        }
    };
}
