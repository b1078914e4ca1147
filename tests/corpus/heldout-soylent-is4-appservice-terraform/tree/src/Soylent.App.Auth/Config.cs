using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;

namespace Soylent.App.Auth
{
    // Seeded into the configuration database on the first start (see Startup.MigrateAndSeed).
    public static class Config
    {
        public static IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
        };

        public static IEnumerable<ApiScope> ApiScopes => new[]
        {
            new ApiScope("soylent_api", "Soylent API"),
        };

        public static IEnumerable<ApiResource> ApiResources => new[]
        {
            new ApiResource("soylent_api", "Soylent API")
            {
                ApiSecrets = { new Secret("secret".Sha256()) },
                Scopes = { "soylent_api" },
            },
        };

        public static IEnumerable<Client> Clients => new[]
        {
            // the iOS/Android app signs users in with their password
            new Client
            {
                ClientId = "soylent_mobile",
                ClientName = "Soylent Mobile",
                AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
                RequireClientSecret = false,
                AccessTokenType = AccessTokenType.Jwt,
                AllowedScopes = { "soylent_api", IdentityServerConstants.StandardScopes.OfflineAccess },
                AccessTokenLifetime = 3600 * 24 * 7,
                AllowOfflineAccess = true,
                RefreshTokenExpiration = TokenExpiration.Sliding,
                RefreshTokenUsage = TokenUsage.ReUse,
                UpdateAccessTokenClaimsOnRefresh = true,
            },
        };
    }
}
