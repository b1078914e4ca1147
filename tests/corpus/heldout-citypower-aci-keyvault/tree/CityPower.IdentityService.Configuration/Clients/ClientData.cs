using System.Collections.Generic;
using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace CityPower.IdentityService.Configuration.Clients
{
    public static class ClientData
    {
        public static IEnumerable<Client> GetClients()
        {
            // Portal running on a developer machine
            var localPortal = CreatePortalClient("cpl-portal-local");
            localPortal.ClientSecrets = new List<Secret> { new Secret("portal-secret".Sha512()) };
            localPortal.RedirectUris = new List<string>
            {
                "https://localhost:5001/signin-oidc",
                "https://localhost:5002/signin-oidc"
            };
            localPortal.PostLogoutRedirectUris = new List<string> { "https://localhost:5001/signout-callback-oidc" };
            localPortal.FrontChannelLogoutUri = "https://localhost:5001/signout-oidc";
            localPortal.AllowedCorsOrigins = new List<string> { "https://localhost:5001" };

            // Portal deployed to Azure Container Instances
            var portal = CreatePortalClient("cpl-portal");
            portal.ClientSecrets = new List<Secret> { new Secret("portal-secret".Sha512()) };
            portal.RedirectUris = new List<string> { "https://portal.citypowerlight.net/signin-oidc" };
            portal.PostLogoutRedirectUris = new List<string> { "https://portal.citypowerlight.net/signout-callback-oidc" };
            portal.FrontChannelLogoutUri = "https://portal.citypowerlight.net/signout-oidc";
            portal.AllowedCorsOrigins = new List<string> { "https://portal.citypowerlight.net" };

            return new List<Client> { localPortal, portal };
        }

        // Settings shared by every portal client
        private static Client CreatePortalClient(string clientId)
        {
            return new Client
            {
                ClientId = clientId,
                ClientName = "City Power & Light customer portal",
                ClientUri = "https://www.citypowerlight.net",
                AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
                RequirePkce = true,

                // refresh tokens for the portal's background calls to the billing API
                AllowOfflineAccess = true,
                RefreshTokenUsage = TokenUsage.OneTimeOnly,

                AllowAccessTokensViaBrowser = false,
                AlwaysIncludeUserClaimsInIdToken = false,
                AccessTokenLifetime = 45,

                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    IdentityServerConstants.StandardScopes.Email,
                    IdentityServerConstants.StandardScopes.OfflineAccess,
                    "customer",
                    "billing"
                },

                AlwaysSendClientClaims = false,
                ClientClaimsPrefix = "client_"
            };
        }
    }
}
