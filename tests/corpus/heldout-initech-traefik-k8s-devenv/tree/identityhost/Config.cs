using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace identityhost;

/// <summary>
/// Resources, scopes and clients of the TPS sign-in host, kept in code.
/// </summary>
public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
        new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResources.Email(),
            new IdentityResource("role", new[] { "role" })
        };

    public static IEnumerable<ApiScope> ApiScopes =>
        new[]
        {
            new ApiScope("tps.reports", "TPS report API") { UserClaims = { "role", "email", "name" } }
        };

    public static IEnumerable<ApiResource> ApiResources =>
        new[]
        {
            new ApiResource("tps-api", "TPS report API")
            {
                Scopes = { "tps.reports" },
                UserClaims = { "role", "email", "name", "sub" },
                ShowInDiscoveryDocument = true
            }
        };

    public static IEnumerable<Client> Clients =>
        new Client[]
        {
            // Blazor WebAssembly portal
            new Client
            {
                ClientId = "tps-portal",
                ClientName = "TPS Portal",
                AllowedGrantTypes = GrantTypes.Code,
                RequireClientSecret = false,
                RequirePkce = true,

                RedirectUris =
                {
                    "https://tps.initech.local/authentication/login-callback",
                    "http://localhost/authentication/login-callback",
                    "http://localhost:5001/authentication/login-callback",
                    "https://localhost:5001/authentication/login-callback"
                },
                PostLogoutRedirectUris =
                {
                    "https://tps.initech.local/",
                    "http://localhost/",
                    "http://localhost:5001/",
                    "https://localhost:5001/"
                },
                AllowedCorsOrigins =
                {
                    "https://tps.initech.local",
                    "http://localhost",
                    "http://localhost:5001",
                    "https://localhost:5001"
                },

                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    IdentityServerConstants.StandardScopes.Email,
                    "role",
                    "tps.reports"
                },

                AllowAccessTokensViaBrowser = true,
                RequireConsent = false,
                AccessTokenLifetime = 3600,
                IdentityTokenLifetime = 300,

                AllowOfflineAccess = true,
                RefreshTokenUsage = TokenUsage.ReUse,
                RefreshTokenExpiration = TokenExpiration.Sliding,
                SlidingRefreshTokenLifetime = 86400
            },

            // nightly batch job that talks to the API on its own behalf
            new Client
            {
                ClientId = "tps-batch",
                ClientName = "TPS nightly batch",
                ClientSecrets = { new Secret("tps-batch-secret".Sha256()) },
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                AllowedScopes = { "tps.reports" }
            },

            // Swagger UI of the API
            new Client
            {
                ClientId = "tps-apidocs",
                ClientName = "TPS API docs",
                AllowedGrantTypes = GrantTypes.Code,
                RequireClientSecret = false,
                RequirePkce = true,

                RedirectUris =
                {
                    "https://tps.initech.local/swagger/oauth2-redirect.html",
                    "http://localhost/swagger/oauth2-redirect.html",
                    "http://localhost:5000/swagger/oauth2-redirect.html"
                },
                AllowedCorsOrigins =
                {
                    "https://tps.initech.local",
                    "http://localhost",
                    "http://localhost:5000"
                },

                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    "tps.reports"
                },

                AllowAccessTokensViaBrowser = true,
                RequireConsent = false
            }
        };
}
