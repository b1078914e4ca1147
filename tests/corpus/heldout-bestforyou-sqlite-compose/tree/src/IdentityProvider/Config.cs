using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace IdentityProvider
{
    public static class Config
    {
        public static IEnumerable<IdentityResource> IdentityResources =>
            new IdentityResource[]
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResource("roles", "Your role(s)", new List<string> { "role" }),
                new IdentityResource("region", "The region you shop from", new List<string> { "region" })
            };

        public static IEnumerable<ApiResource> ApiResources =>
            new ApiResource[]
            {
                new ApiResource("organics-api", "Best For You Organics API", new List<string> { "role", "region" })
                {
                    Scopes = { "organics-api.write", "organics-api.read" },
                }
            };

        public static IEnumerable<ApiScope> ApiScopes =>
            new ApiScope[]
            {
                new ApiScope("organics-api.fullaccess"),
                new ApiScope("organics-api.write"),
                new ApiScope("organics-api.read")
            };

        public static IEnumerable<Client> Clients =>
            new Client[]
            {
                new Client()
                {
                    ClientName = "Best For You Organics Web",
                    ClientId = "organics-web-client",
                    //IdentityTokenLifetime = 120,
                    AccessTokenLifetime = 120,
                    AllowOfflineAccess = true,
                    //AbsoluteRefreshTokenLifetime = 2592000,
                    //SlidingRefreshTokenLifetime = 1296000,
                    UpdateAccessTokenClaimsOnRefresh = true,
                    ClientSecrets = new List<Secret>
                    {
                        new Secret("secret".Sha512())
                    },
                    AllowedGrantTypes = GrantTypes.Code,
                    RedirectUris = new List<string>
                    {
                        "https://localhost:6150/signin-oidc"
                    },
                    AllowedScopes = new List<string>
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Profile,
                        IdentityServerConstants.StandardScopes.OfflineAccess,
                        "roles",
                        "organics-api.write",
                        "organics-api.read",
                        "region"
                    },
                    RequirePkce = true,
                    PostLogoutRedirectUris =
                    {
                        "https://localhost:6150/signout-callback-oidc"
                    },
                    ClientUri = "https://localhost:6150",
                }
            };
    }
}
