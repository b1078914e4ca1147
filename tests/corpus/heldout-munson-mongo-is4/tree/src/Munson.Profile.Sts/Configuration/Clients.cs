using System.Collections.Generic;
using IdentityServer4.Models;

namespace Munson.Profile.Sts.Configuration
{
    // Sample browser clients kept for reference; nothing seeds them.
    public static class Clients
    {
        public static IEnumerable<Client> Get()
        {
            var storefrontUrl = "";

            return new List<Client>
            {
                new Client
                {
                    ClientId = "PickleStorefront",
                    ClientName = "Munson's storefront",
                    AllowedGrantTypes = GrantTypes.Implicit,
                    AllowAccessTokensViaBrowser = true,
                    RedirectUris = { storefrontUrl + "/signed-in" },
                    PostLogoutRedirectUris = { storefrontUrl + "/signed-out" },
                    AllowedCorsOrigins = { storefrontUrl },
                    AllowedScopes = { "openid", "profile", "email", "orders.api" }
                }
            };
        }
    }
}
