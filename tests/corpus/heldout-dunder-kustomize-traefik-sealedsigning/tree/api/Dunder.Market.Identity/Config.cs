using Duende.IdentityServer.Models;

namespace Dunder.Market.Identity;

// One confidential client and a fixed set of scopes, kept in memory.
public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Email(),
        new IdentityResource("profile", "User profile", ["name"]),
        new IdentityResource("roles", "User roles", ["role"]),
    ];

    public static IEnumerable<Client> Clients(string bffOrigin, string bffSecret) =>
    [
        new Client
        {
            ClientId = "dunder-market-bff",
            ClientSecrets = { new Secret(bffSecret.Sha256()) },
            AllowedGrantTypes = GrantTypes.Code,
            RedirectUris = { $"{bffOrigin}/signin-oidc" },
            PostLogoutRedirectUris = { $"{bffOrigin}/signout-callback-oidc" },
            AllowOfflineAccess = true,
            AllowedScopes = { "openid", "email", "profile", "roles", "offline_access" },
        },
    ];
}
