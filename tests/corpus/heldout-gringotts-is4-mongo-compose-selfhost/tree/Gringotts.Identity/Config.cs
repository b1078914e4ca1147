using System.Collections.Generic;
using Gringotts.Common;
using IdentityServer4;
using IdentityServer4.Models;

namespace Gringotts.Identity
{
    public static class Config
    {
        public const string EMAIL_GRANT_TYPE = "email";
        public const string MFA_GRANT_TYPE = "mfa";

        public static IEnumerable<IdentityResource> IdentityResources =>
            new List<IdentityResource>
            {
                new IdentityResources.OpenId(),
            };

        public static IEnumerable<ApiResource> ApiResources =>
            new List<ApiResource>
            {
                // the vault API introspects reference tokens with this secret
                new ApiResource("vault", "Gringotts Vault API", new[] { "verified" })
                {
                    ApiSecrets = { new Secret(Constants.VAULT_API_SECRET.Sha256()) },
                    Scopes = { "vault.sync" }
                },
                new ApiResource(IdentityServerConstants.LocalApi.ScopeName)
            };

        public static IEnumerable<ApiScope> ApiScopes =>
            new List<ApiScope>
            {
                new ApiScope("vault.sync", "Vault syncing access"),
                new ApiScope(IdentityServerConstants.LocalApi.ScopeName),
                new ApiScope("auth:grant_types:mfa", "Multi-factor authentication access"),
            };

        public static IEnumerable<Client> Clients =>
            new List<Client>
            {
                new Client
                {
                    ClientName = "Gringotts Vault",
                    ClientId = "vault",
                    AllowedGrantTypes = { GrantType.ResourceOwnerPassword, MFA_GRANT_TYPE, EMAIL_GRANT_TYPE },
                    RequirePkce = false,
                    RequireClientSecret = false,
                    RequireConsent = false,
                    AccessTokenType = AccessTokenType.Reference,
                    AllowOfflineAccess = true,
                    UpdateAccessTokenClaimsOnRefresh = true,
                    RefreshTokenUsage = TokenUsage.ReUse,
                    RefreshTokenExpiration = TokenExpiration.Sliding,

                    AccessTokenLifetime = 6 * 3600,                // 6 hours
                    SlidingRefreshTokenLifetime = 45 * 3600 * 24,  // 45 days
                    AbsoluteRefreshTokenLifetime = 0,              // no absolute limit

                    AllowedScopes = { "vault.sync", "offline_access", "openid", IdentityServerConstants.LocalApi.ScopeName, "mfa" },
                }
            };
    }
}
