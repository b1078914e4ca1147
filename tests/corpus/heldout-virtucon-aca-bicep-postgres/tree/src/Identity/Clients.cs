using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Virtucon.Identity;

public static class Clients
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new("virtucon_member", "Virtucon member profile", ["given_name", "family_name", "member_no", "club_id", "role"])
    ];

    public static IEnumerable<ApiScope> ApiScopes =>
    [
        new("bookings_api", "Virtucon bookings API") { UserClaims = ["member_no", "club_id", "role"] },
        new("bookings_admin", "Virtucon bookings admin") { UserClaims = ["club_id", "role"] }
    ];

    public static IEnumerable<ApiResource> ApiResources =>
    [
        new("virtucon-api", "Virtucon API") { Scopes = { "bookings_api", "bookings_admin" } }
    ];

    public static IEnumerable<Client> All =>
    [
        // left over from the template: machine-to-machine client
        new()
        {
            ClientId = "m2m.client",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("3F9C2B71-8D44-4E0A-B6A5-0C7E1D92F4AB".Sha256()) },
            AllowedScopes = { "scope1" }
        },

        // left over from the template: server-side code flow client
        new()
        {
            ClientId = "interactive",
            ClientSecrets = { new Secret("A7D05E3C-19B2-4F68-9E21-5B4C8A6D0F13".Sha256()) },
            AllowedGrantTypes = GrantTypes.Code,
            RedirectUris = { "https://localhost:44300/signin-oidc" },
            FrontChannelLogoutUri = "https://localhost:44300/signout-oidc",
            PostLogoutRedirectUris = { "https://localhost:44300/signout-callback-oidc" },
            AllowOfflineAccess = true,
            AllowedScopes = { "openid", "profile", "scope2" }
        },

        // Virtucon web SPA: public client, code + PKCE
        new()
        {
            ClientId = "virtucon-web",
            ClientName = "Virtucon court booking",
            RequireClientSecret = false,
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = true,
            RedirectUris = { "http://localhost:4200/callback", "https://localhost:4200/callback" },
            PostLogoutRedirectUris = { "http://localhost:4200", "https://localhost:4200" },
            AllowedCorsOrigins = { "http://localhost:4200", "https://localhost:4200" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "virtucon_member",
                "bookings_api",
                "bookings_admin"
            },
            AccessTokenLifetime = 3600,
            IdentityTokenLifetime = 3600,
            AllowOfflineAccess = true,
            RefreshTokenUsage = TokenUsage.ReUse,
            RefreshTokenExpiration = TokenExpiration.Sliding,
            SlidingRefreshTokenLifetime = 86400,
            AlwaysIncludeUserClaimsInIdToken = true
        }
    ];
}
