using System.Collections.Generic;
using IdentityModel;
using IdentityServer4;
using IdentityServer4.Models;
using Trey.IdentityServer.Models;
using Trey.IdentityServer.ToolKit;

namespace Trey.IdentityServer.Data.InitData
{
    // Seed data written into the configuration and user databases by MigratorStartup.
    public static class IdentityServerInitData
    {
        public static IEnumerable<ApiResource> GetApiResources() => new[]
        {
            new ApiResource("trey_portal_api", "Trey portal API")
            {
                UserClaims = { JwtClaimTypes.Name, JwtClaimTypes.Role, TreyConsts.RolesNameScope },
                Scopes = { "trey_portal_api" },
                ApiSecrets = { new Secret("trey_portal_api_5B21C0D94E7A4F1C".Sha256()) }
            }
        };

        public static IEnumerable<ApiScope> GetApiScopes() => new[]
        {
            new ApiScope("trey_portal_api")
        };

        public static IEnumerable<IdentityResource> GetIdentityResources() => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResources.Email(),
            new IdentityResources.Phone(),
            new IdentityResource(TreyConsts.RolesScope, "Roles", new[] { JwtClaimTypes.Role }),
            new IdentityResource(TreyConsts.RolesNameScope, "Role names", new[] { TreyConsts.RolesNameScope })
        };

        public static IEnumerable<Client> GetClients() => new[]
        {
            new Client
            {
                ClientId = "swagger-code",
                ClientName = "API explorer",
                AllowedGrantTypes = GrantTypes.Code,
                AccessTokenType = AccessTokenType.Reference,
                RequireConsent = false,
                ClientSecrets = { new Secret("swagger code secret".Sha256()) },
                RedirectUris = { "http://localhost:61010/swagger/oauth2-redirect.html" },
                PostLogoutRedirectUris = { "http://localhost:61010/swagger/oauth2-redirect.html" },
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Profile, "trey_portal_api" },
                AllowOfflineAccess = true,
                AccessTokenLifetime = 60 * 30
            },
            new Client
            {
                ClientId = "portal-hybrid",
                ClientName = "Portal (server-rendered)",
                AllowedCorsOrigins = { "http://localhost:7100" },
                AllowedGrantTypes = GrantTypes.Hybrid,
                AccessTokenType = AccessTokenType.Reference,
                RequireConsent = true,
                ClientSecrets = { new Secret("portal hybrid secret".Sha256()) },
                RedirectUris = { "http://localhost:7100/signin-oidc" },
                PostLogoutRedirectUris = { "http://localhost:7100/signout-callback-oidc" },
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Profile, "trey_portal_api", TreyConsts.RolesScope },
                AllowOfflineAccess = true
            },
            new Client
            {
                ClientId = "portal-spa",
                ClientName = "Portal (Angular)",
                ClientUri = "http://localhost:4300",
                AllowedCorsOrigins = { "http://localhost:4300" },
                AllowedGrantTypes = GrantTypes.HybridAndClientCredentials,
                AccessTokenType = AccessTokenType.Reference,
                AllowAccessTokensViaBrowser = true,
                RequireConsent = false,
                ClientSecrets = { new Secret("portal spa secret".Sha256()) },
                RedirectUris = { "http://localhost:4300/signin-oidc", "http://localhost:4300/silent-renew" },
                PostLogoutRedirectUris = { "http://localhost:4300" },
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Profile, "trey_portal_api", TreyConsts.RolesNameScope },
                AllowOfflineAccess = true
            }
        };

        public static IEnumerable<ApplicationRole> GetRoles() => new[]
        {
            new ApplicationRole { Id = 1, Name = "SuperAdmin", IsActive = true },
            new ApplicationRole { Id = 2, Name = "Admin", IsActive = true }
        };

        public static IEnumerable<(ApplicationUser User, string Password)> GetUsers() => new[]
        {
            (new ApplicationUser { Id = 1, UserName = "admin", Email = "admin@trey.test", DisplayName = "Administrator", IsActive = true }, "Seed1234abc"),
            (new ApplicationUser { Id = 2, UserName = "member", Email = "member@trey.test", DisplayName = "Member", IsActive = true }, "Seed1234abc")
        };
    }
}
