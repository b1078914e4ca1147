using Duende.IdentityServer.Models;

namespace Tailspin.IdentityServer;

// Leftover in-memory definitions; the running host reads clients from the EF configuration store.
public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email()
    ];

    public static IEnumerable<ApiScope> ApiScopes => [new ApiScope("tailspin.api")];

    public static IEnumerable<Client> Clients =>
    [
        new Client
        {
            ClientId = "tailspin.worker",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("worker-secret-7d1e".Sha256()) },
            AllowedScopes = { "tailspin.api" }
        },
        new Client
        {
            ClientId = "tailspin.portal",
            ClientSecrets = { new Secret("portal-secret-42af".Sha256()) },
            AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
            RedirectUris = { "https://localhost:3100/auth/callback" },
            PostLogoutRedirectUris = { "https://localhost:3100/" },
            AllowedCorsOrigins = { "https://localhost:3100" },
            AllowOfflineAccess = true,
            AllowedScopes = { "openid", "profile", "tailspin.api" }
        }
    ];
}
