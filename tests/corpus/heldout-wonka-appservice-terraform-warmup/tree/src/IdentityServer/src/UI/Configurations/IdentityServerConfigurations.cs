using Duende.IdentityServer;
using Duende.IdentityServer.Models;
using Wonka.IdentityServer.Core.Helpers;
using Wonka.IdentityServer.Core.Options;

namespace Wonka.IdentityServer.UI.Configurations;

public static class IdentityServerConfigurations
{
    public static IEnumerable<IdentityResource> IdentityResources => new List<IdentityResource>
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResource
        {
            Name = RbacDefaults.Scope,
            DisplayName = "Your factory roles",
            Required = true,
            UserClaims = { RbacDefaults.RoleClaim },
        },
    };

    public static IEnumerable<ApiResource> ApiResources => new List<ApiResource>
    {
        new ApiResourceBuilder("urn:factoryapi", "Factory API")
            .WithRoles()
            .WithScopes("urn:factoryapi:read", "urn:factoryapi:write")
            .Build(),
    };

    public static IEnumerable<ApiScope> ApiScopes => new List<ApiScope>
    {
        new ApiScope("tickets", "Golden ticket API"),
        new ApiScope("urn:factoryapi:read", "Factory API read"),
        new ApiScope("urn:factoryapi:write", "Factory API write"),
    };

    public static IEnumerable<Client> Clients => new List<Client>
    {
        new Client
        {
            ClientId = "factoryweb",
            ClientSecrets = { new Secret("everlasting".Sha256()) },
            AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,

            RedirectUris =
            {
                "https://localhost:31877/signin-oidc",
                "https://oauth.pstmn.io/v1/browser-callback",
                "https://localhost:7345/swagger/oauth2-redirect.html",
            },
            AllowedCorsOrigins =
            {
                "https://jwt.io",
                "https://localhost:7345",
            },
            PostLogoutRedirectUris = { "https://localhost:31877/signout-callback-oidc" },

            AllowOfflineAccess = true,
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                RbacDefaults.Scope,
                "urn:factoryapi:read",
                "urn:factoryapi:write",
                "tickets",
            },
        },
        new Client
        {
            ClientId = "tourweb",
            ClientSecrets = { new Secret("everlasting".Sha256()) },
            AllowedGrantTypes = GrantTypes.Code,

            RedirectUris = { "https://localhost:5102/signin-oidc" },
            PostLogoutRedirectUris = { "https://localhost:5102/signout-callback-oidc" },

            AllowOfflineAccess = true,
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "tickets",
            },
        },
    };
}
