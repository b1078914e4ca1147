using System.Collections.Generic;
using IdentityServer4.Models;

namespace Zorg.Security
{
    public static class Config
    {
        public static IEnumerable<IdentityResource> GetIdentityResources() =>
            new IdentityResource[]
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
            };

        public static IEnumerable<ApiResource> GetApis() =>
            new[]
            {
                new ApiResource("cart_api", "Zorg Cart API")
            };

        public static IEnumerable<Client> GetClients() =>
            new[]
            {
                // machine to machine
                new Client
                {
                    ClientId = "cart.m2m",
                    ClientName = "Cart service-to-service client",
                    AllowedGrantTypes = GrantTypes.ClientCredentials,
                    ClientSecrets = { new Secret("8f2a8157-4a91-4f28-a576-b0e4527f8911".Sha256()) },
                    AllowedScopes = { "cart_api" }
                },

                // server-rendered web shop (hybrid flow)
                new Client
                {
                    ClientId = "cart.web",
                    ClientName = "Zorg Cart web shop",
                    AllowedGrantTypes = GrantTypes.HybridAndClientCredentials,
                    ClientSecrets = { new Secret("52ec20a1-db90-449a-9c52-afa4abc67cea".Sha256()) },

                    RedirectUris = { "http://localhost:5001/signin-oidc" },
                    FrontChannelLogoutUri = "http://localhost:5001/signout-oidc",
                    PostLogoutRedirectUris = { "http://localhost:5001/signout-callback-oidc" },

                    AllowOfflineAccess = true,
                    AllowedScopes = { "openid", "profile", "cart_api" }
                },

                // browser app (implicit flow)
                new Client
                {
                    ClientId = "cart.spa",
                    ClientName = "Zorg Cart SPA",
                    ClientUri = "http://identityserver.io",

                    AllowedGrantTypes = GrantTypes.Implicit,
                    AllowAccessTokensViaBrowser = true,

                    RedirectUris =
                    {
                        "http://localhost:5002/index.html",
                        "http://localhost:5002/callback.html",
                        "http://localhost:5002/silent.html",
                        "http://localhost:5002/popup.html",
                    },
                    PostLogoutRedirectUris = { "http://localhost:5002/index.html" },
                    AllowedCorsOrigins = { "http://localhost:5002" },

                    AllowedScopes = { "openid", "profile", "cart_api" }
                }
            };
    }
}
