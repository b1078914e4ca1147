using System.Collections.Generic;
using Humongous.Sso.Core.Models;
using IdentityServer4;
using IdentityServer4.Models;

namespace Humongous.Sso.Auth.Utils.Config
{
    public static class InMemoryInitConfig
    {
        public static IEnumerable<IdentityResource> GetIdentityResources() => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Email(),
            new IdentityResources.Profile()
        };

        public static IEnumerable<ApiResource> GetApiResources() => new[]
        {
            new ApiResource(ApiNames.PolicyApi, "Policy API"),
            new ApiResource(ApiNames.ClaimsApi, "Claims API")
        };

        public static IEnumerable<Client> GetClients() => new[]
        {
            // Password grant for the back-office API
            new Client
            {
                ClientId = "BackOffice",
                AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
                AllowedScopes = { ApiNames.PolicyApi, IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Profile },
                ClientSecrets = { new Secret("secret".Sha256()) },
                AllowOfflineAccess = true,
                AccessTokenLifetime = AppSettingProvider.Global?.AccessToken?.DefaultAbsoluteExpiry ?? 3600,
                RefreshTokenUsage = TokenUsage.OneTimeOnly,
                RefreshTokenExpiration = TokenExpiration.Sliding,
                AbsoluteRefreshTokenLifetime = AppSettingProvider.Global?.RefreshToken?.DefaultAbsoluteExpiry ?? 360000,
                SlidingRefreshTokenLifetime = AppSettingProvider.Global?.RefreshToken?.DefaultSlidingExpiry ?? 36000
            },

            // Machine-to-machine
            new Client
            {
                ClientId = "Batch",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                AllowedScopes = { ApiNames.ClaimsApi },
                ClientSecrets = { new Secret("secret".Sha256()) },
                AccessTokenLifetime = AppSettingProvider.Global?.AccessToken?.ClientCredentialsDefaultAbsoluteExpiry ?? 36000
            },

            // Server-side web app, code + PKCE
            new Client
            {
                ClientId = "AgentPortal",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                ClientSecrets = { new Secret("secret".Sha256()) },
                RedirectUris = AppSettingProvider.Global?.OpenId?.AllowedRedirectUris,
                PostLogoutRedirectUris = AppSettingProvider.Global?.OpenId?.AllowedPostLogoutRedirectUris,
                RequireConsent = true,
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Profile, ApiNames.ClaimsApi },
                AllowOfflineAccess = true,
                AccessTokenLifetime = AppSettingProvider.Global?.AccessToken?.DefaultAbsoluteExpiry ?? 3600,
                RefreshTokenUsage = TokenUsage.OneTimeOnly,
                RefreshTokenExpiration = TokenExpiration.Sliding,
                AbsoluteRefreshTokenLifetime = AppSettingProvider.Global?.RefreshToken?.DefaultAbsoluteExpiry ?? 360000,
                SlidingRefreshTokenLifetime = AppSettingProvider.Global?.RefreshToken?.DefaultSlidingExpiry ?? 36000
            },

            // Browser client, code + PKCE, no secret
            new Client
            {
                ClientId = "AgentPortalJs",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                RequireClientSecret = false,
                RedirectUris = AppSettingProvider.Global?.OpenIdJs?.AllowedRedirectUris,
                PostLogoutRedirectUris = AppSettingProvider.Global?.OpenIdJs?.AllowedPostLogoutRedirectUris,
                AllowedCorsOrigins = AppSettingProvider.AllowedCrossDomains,
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Profile, ApiNames.ClaimsApi },
                AllowOfflineAccess = true,
                AccessTokenLifetime = AppSettingProvider.Global?.AccessToken?.DefaultAbsoluteExpiry ?? 3600,
                RefreshTokenUsage = TokenUsage.OneTimeOnly,
                RefreshTokenExpiration = TokenExpiration.Sliding,
                AbsoluteRefreshTokenLifetime = AppSettingProvider.Global?.RefreshToken?.DefaultAbsoluteExpiry ?? 360000,
                SlidingRefreshTokenLifetime = AppSettingProvider.Global?.RefreshToken?.DefaultSlidingExpiry ?? 36000
            }
        };
    }
}
