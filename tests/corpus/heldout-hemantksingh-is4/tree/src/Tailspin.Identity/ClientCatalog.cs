using System.Collections.Generic;
using IdentityServer4.Models;

namespace Tailspin.Identity
{
    public static class ClientCatalog
    {
        public static IEnumerable<IdentityResource> IdentityScopes => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
        };

        public static IEnumerable<ApiScope> Scopes => new[]
        {
            new ApiScope("weather.read"),
        };

        public static IEnumerable<ApiResource> Apis => new[]
        {
            new ApiResource("weather", "Tailspin Weather API") { Scopes = { "weather.read" } },
        };

        public static IEnumerable<Client> Clients => new[]
        {
            // service-to-service caller
            new Client
            {
                ClientId = "tailspin-batch",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets = { new Secret("b7f3c2e9-tailspin-batch-4d81".Sha256()) },
                AllowedScopes = { "weather.read" },
            },

            // server-rendered portal, code + PKCE, may ask for refresh tokens
            new Client
            {
                ClientId = "tailspin-portal",
                AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
                RequirePkce = true,
                ClientSecrets = { new Secret("e04a9d17-tailspin-portal-6c2f".Sha256()) },
                RedirectUris = { "https://localhost:44310/signin-oidc" },
                FrontChannelLogoutUri = "https://localhost:44310/signout-oidc",
                PostLogoutRedirectUris = { "https://localhost:44310/signout-callback-oidc" },
                AllowOfflineAccess = true,
                AllowedScopes = { "openid", "profile", "weather.read" },
            },

            // browser app, public client
            new Client
            {
                ClientId = "tailspin-spa",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                RequireClientSecret = false,
                RedirectUris = { "http://localhost:5102/callback.html", "http://localhost:5102/silent.html" },
                PostLogoutRedirectUris = { "http://localhost:5102/index.html" },
                AllowedCorsOrigins = { "http://localhost:5102" },
                AllowedScopes = { "openid", "profile", "weather.read" },
            },
        };
    }
}
