using Duende.IdentityServer;
using Duende.IdentityServer.Models;
using IdentityModel;

namespace BaldwinMuseum
{
    public static class Config
    {
        public static IEnumerable<IdentityResource> IdentityResources =>
            [
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResource()
                {
                    Name = "membership",
                    UserClaims = new List<string>
                    {
                        JwtClaimTypes.Email,
                        JwtClaimTypes.EmailVerified
                    }
                }
            ];

        public static IEnumerable<ApiScope> ApiScopes =>
            [
                new ApiScope(name: "exhibitApi", displayName: "Exhibit API"),
                new ApiScope(name: "ticketApi", displayName: "Ticket API")
            ];

        public static IEnumerable<Client> Clients =>
            [
                new Client
                {
                    ClientId = "kiosk",

                    // machine-to-machine: the lobby kiosks call the APIs with their own identity
                    AllowedGrantTypes = GrantTypes.ClientCredentials,

                    ClientSecrets =
                    {
                        new Secret("planetarium".Sha256())
                    },

                    AllowedScopes = { "exhibitApi", "ticketApi" }
                },
                // visitor portal (server-rendered web app)
                new Client
                {
                    ClientId = "visitor-portal",
                    ClientSecrets = { new Secret("planetarium".Sha256()) },

                    AllowedGrantTypes = GrantTypes.Code,

                    RedirectUris = { "https://localhost:5202/signin-oidc" },
                    PostLogoutRedirectUris = { "https://localhost:5202/signout-callback-oidc" },
                    AllowOfflineAccess = true,

                    AllowedScopes =
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Profile,
                        "membership",
                        "exhibitApi",
                        "ticketApi"
                    }
                }
            ];
    }
}
