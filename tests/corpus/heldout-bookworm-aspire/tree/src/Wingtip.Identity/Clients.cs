using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Wingtip.Identity;

public static class Clients
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile()
    ];

    public static IEnumerable<ApiScope> Scopes =>
    [
        new("shelf.read", "Read the catalogue"),
        new("shelf.write", "Edit the catalogue")
    ];

    public static IEnumerable<ApiResource> Apis =>
    [
        new("catalog", "Catalogue API") { Scopes = { "shelf.read", "shelf.write" } }
    ];

    public static IEnumerable<Client> All(ServiceUrls urls) =>
    [
        new()
        {
            ClientId = "catalog-docs",
            ClientName = "Catalogue API explorer",
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowAccessTokensViaBrowser = true,
            RedirectUris = { $"{urls.Catalog}/docs/oauth2-redirect.html" },
            AllowedScopes = { "shelf.read" }
        },
        new()
        {
            ClientId = "storefront",
            ClientName = "Wingtip storefront (BFF)",
            ClientSecrets = { new Secret("storefront-pa55phrase".Sha256()) },
            AllowedGrantTypes = GrantTypes.Code,
            RedirectUris = { $"{urls.Storefront}/signin-oidc" },
            PostLogoutRedirectUris = { $"{urls.Storefront}/signout-callback-oidc" },
            BackChannelLogoutUri = $"{urls.Storefront}/bff/backchannel",
            AllowedCorsOrigins = { urls.Storefront },
            AllowOfflineAccess = true,
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                IdentityServerConstants.StandardScopes.OfflineAccess,
                "shelf.read",
                "shelf.write"
            },
            AccessTokenLifetime = 3 * 60 * 60,
            IdentityTokenLifetime = 3 * 60 * 60
        }
    ];
}
