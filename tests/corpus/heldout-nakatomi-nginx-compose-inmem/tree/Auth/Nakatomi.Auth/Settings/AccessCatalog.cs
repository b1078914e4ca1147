using Duende.IdentityServer.Models;

namespace Nakatomi.Auth.Settings;

public static class AccessCatalog
{
    public static IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
    };

    public static IEnumerable<ApiScope> ApiScopes => new[]
    {
        new ApiScope("cart", "Cart"),
        new ApiScope("cart.bff", "Cart BFF"),
        new ApiScope("inventory", "Inventory"),
        new ApiScope("inventory.bff", "Inventory BFF"),
        new ApiScope("storefront", "Storefront"),
    };

    public static IEnumerable<Client> Clients(PortalSettings portal) => new[]
    {
        // the React storefront signs in with code + PKCE through the nginx edge
        new Client
        {
            ClientId = "storefront_pkce",
            ClientName = "Nakatomi Storefront",
            ClientSecrets = { new Secret("secret".Sha256()) },
            ClientUri = portal.PublicUrl,
            AllowedGrantTypes = GrantTypes.Code,
            AllowedScopes = { "openid", "profile", "storefront" },
            AllowedCorsOrigins = { portal.PublicUrl, portal.AuthUrl, portal.StorefrontUrl },
            RedirectUris =
            {
                portal.PublicUrl,
                $"{portal.PublicUrl}/signin-oidc",
                $"{portal.PublicUrl}/silentrenew",
                portal.StorefrontUrl,
                $"{portal.StorefrontUrl}/signin-oidc",
                $"{portal.StorefrontUrl}/silentrenew",
            },
            PostLogoutRedirectUris =
            {
                portal.PublicUrl,
                $"{portal.PublicUrl}/logout/callback",
                portal.StorefrontUrl,
                $"{portal.StorefrontUrl}/logout/callback",
            },
            RequireClientSecret = true,
            RequirePkce = true,
            RequireConsent = false,
            AllowAccessTokensViaBrowser = true,
            AlwaysIncludeUserClaimsInIdToken = true,
            AccessTokenType = AccessTokenType.Jwt,
            AccessTokenLifetime = 3600,
            IdentityTokenLifetime = 300,
            AuthorizationCodeLifetime = 300,
            AllowOfflineAccess = true,
            RefreshTokenUsage = TokenUsage.ReUse,
            RefreshTokenExpiration = TokenExpiration.Sliding,
            SlidingRefreshTokenLifetime = 1296000,
            AbsoluteRefreshTokenLifetime = 2592000,
            UpdateAccessTokenClaimsOnRefresh = true,
        },

        // Swagger UI of the cart API (implicit flow, default lifetimes)
        new Client
        {
            ClientId = "cartswaggerui",
            ClientName = "Cart Swagger UI",
            ClientUri = portal.CartApi,
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowedScopes = { "openid", "profile", "cart", "cart.bff", "storefront" },
            AllowedCorsOrigins = { portal.CartApi, portal.PublicUrl, portal.AuthUrl },
            RedirectUris =
            {
                $"{portal.CartApi}/cart/swagger/oauth2-redirect.html",
                $"{portal.PublicUrl}/cart/swagger/oauth2-redirect.html",
            },
            PostLogoutRedirectUris = { $"{portal.CartApi}/cart/swagger/", $"{portal.PublicUrl}/cart/swagger/" },
            AllowAccessTokensViaBrowser = true,
        },

        // Swagger UI of the inventory API (implicit flow, default lifetimes)
        new Client
        {
            ClientId = "inventoryswaggerui",
            ClientName = "Inventory Swagger UI",
            ClientUri = portal.InventoryApi,
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowedScopes = { "openid", "profile", "inventory", "inventory.bff", "storefront" },
            AllowedCorsOrigins = { portal.InventoryApi, portal.PublicUrl, portal.AuthUrl },
            RedirectUris =
            {
                $"{portal.InventoryApi}/inventory/swagger/oauth2-redirect.html",
                $"{portal.PublicUrl}/inventory/swagger/oauth2-redirect.html",
            },
            PostLogoutRedirectUris = { $"{portal.InventoryApi}/inventory/swagger/", $"{portal.PublicUrl}/inventory/swagger/" },
            AllowAccessTokensViaBrowser = true,
        },
    };
}
