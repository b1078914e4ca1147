using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Cyberdyne.Identity.Api.Configuration;

public static class CyberdyneClients
{
    public static IEnumerable<Client> Clients => new List<Client>
    {
        new Client
        {
            ClientId = "reels-worker",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("reels-worker-secret".Sha256()) },
            AllowedScopes = { "reels" },
        },
        new Client
        {
            ClientId = "api-console",
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = true,
            RequireClientSecret = false,
            RedirectUris = { "https://www.thunderclient.com/oauth/callback" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "reels"
            },
            AllowAccessTokensViaBrowser = true,
            AllowOfflineAccess = true,
            RequireConsent = false
        },
        new Client
        {
            ClientId = "cyberdyne-spa",
            ClientName = "Cyberdyne Vision SPA",
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = true,
            RequireClientSecret = false,
            RedirectUris =
            {
                "https://cyberdyne-vision.vercel.app/signin-callback",
                "https://cyberdyne-vision.vercel.app/assets/silent-callback.html"
            },
            PostLogoutRedirectUris = { "https://cyberdyne-vision.vercel.app/signout-callback" },
            AllowedCorsOrigins = { "https://cyberdyne-vision.vercel.app" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "reels"
            },
            AllowAccessTokensViaBrowser = true,
            RequireConsent = false,
            AccessTokenLifetime = 600
        }
    };

    public static IEnumerable<ApiScope> ApiScopes => new List<ApiScope>
    {
        new ApiScope("reels", "Cyberdyne Reels API"),
    };

    public static IEnumerable<ApiResource> ApiResources => new List<ApiResource>
    {
        new ApiResource("reels", "Cyberdyne Reels API") { Scopes = { "reels" } }
    };

    public static IEnumerable<IdentityResource> IdentityResources => new List<IdentityResource>
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile()
    };
}
