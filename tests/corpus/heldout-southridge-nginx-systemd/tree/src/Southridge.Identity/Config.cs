using System.Collections.Generic;
using Duende.IdentityServer;
using Duende.IdentityServer.Models;
using Southridge.Identity.Internals.Constants;

namespace Southridge.Identity
{
    public static class Config
    {
        // values come from the public_settings section of appsettings.[environment].json
        private static readonly string ApplicationDomain = Startup.PublicSettings["application_domain"];
        private static readonly string ApplicationUrl = Startup.PublicSettings["application_url"];

        private static readonly string PortalClientId = Startup.PublicSettings["portal_client_id"];
        private static readonly string PortalClientSecret = Startup.PublicSettings["portal_client_secret"];
        private static readonly string PortalUrl = Startup.PublicSettings["portal_url"];

        private static readonly string PlayerClientId = Startup.PublicSettings["player_client_id"];
        private static readonly string PlayerClientSecret = Startup.PublicSettings["player_client_secret"];
        private static readonly string PlayerUrl = Startup.PublicSettings["player_url"];

        public static string GetApplicationDomain() => ApplicationDomain;

        public static IEnumerable<IdentityResource> IdentityResources =>
            new List<IdentityResource>
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Email()
            };

        public static IEnumerable<ApiScope> ApiScopes =>
            new List<ApiScope>
            {
                new ApiScope("catalog_admin", "Catalogue administration"),
                new ApiScope("catalog_api", "Catalogue API")
            };

        public static IEnumerable<Client> Clients =>
            new List<Client>
            {
                // back-office portal: code flow + PKCE, confidential
                new Client
                {
                    ClientId = PortalClientId,
                    ClientName = "Southridge back office",
                    RequireClientSecret = true,
                    ClientSecrets = { new Secret(PortalClientSecret.Sha256()) },
                    AllowedGrantTypes = GrantTypes.Code,
                    RequirePkce = true,
                    RedirectUris = { $"{PortalUrl}/signin-oidc" },
                    PostLogoutRedirectUris = { PortalUrl },
                    BackChannelLogoutUri = $"{PortalUrl}/signout-oidc",
                    AllowedScopes =
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Email,
                        IdentityServerConstants.StandardScopes.OfflineAccess,
                        "catalog_admin",
                        "catalog_api"
                    },
                    AllowOfflineAccess = true,
                    IdentityProviderRestrictions = { ApplicationUrl },
                    UserSsoLifetime = (int)SignInCookie.Lifetime.TotalSeconds,

                    IdentityTokenLifetime = 180,
                    AccessTokenLifetime = 900,
                    AuthorizationCodeLifetime = 180,

                    AbsoluteRefreshTokenLifetime = 3600,
                    RefreshTokenUsage = TokenUsage.OneTimeOnly,
                    RefreshTokenExpiration = TokenExpiration.Sliding,
                    UpdateAccessTokenClaimsOnRefresh = true,

                    RequireConsent = true
                },

                // streaming player site: code flow + PKCE, confidential
                new Client
                {
                    ClientId = PlayerClientId,
                    ClientName = "Southridge player",
                    RequireClientSecret = true,
                    ClientSecrets = { new Secret(PlayerClientSecret.Sha256()) },
                    AllowedGrantTypes = GrantTypes.Code,
                    RequirePkce = true,
                    RedirectUris = { $"{PlayerUrl}/signin-oidc" },
                    PostLogoutRedirectUris = { PlayerUrl },
                    BackChannelLogoutUri = $"{PlayerUrl}/signout-oidc",
                    AllowedScopes =
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Email,
                        IdentityServerConstants.StandardScopes.OfflineAccess,
                        "catalog_api"
                    },
                    AllowOfflineAccess = true,
                    IdentityProviderRestrictions = { ApplicationUrl },
                    UserSsoLifetime = (int)SignInCookie.Lifetime.TotalSeconds,

                    IdentityTokenLifetime = 180,
                    AccessTokenLifetime = 900,
                    AuthorizationCodeLifetime = 180,

                    AbsoluteRefreshTokenLifetime = 3600,
                    RefreshTokenUsage = TokenUsage.OneTimeOnly,
                    RefreshTokenExpiration = TokenExpiration.Sliding,
                    UpdateAccessTokenClaimsOnRefresh = true,

                    RequireConsent = true
                }
            };
    }
}
