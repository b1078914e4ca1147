using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;
using Litware.Identity.Authorization.Seeders;

namespace Litware.Identity.Hosts.Mvc.Resources
{
    public class ApiClients : ISeeder<Client>
    {
        public IEnumerable<Client> GetSeeds()
        {
            return new List<Client>
            {
                new Client
                {
                    ClientId = "accounts-admin-service",
                    AllowedGrantTypes = GrantTypes.ClientCredentials,
                    ClientSecrets = { new Secret("Lw-svc-2021".Sha256()) },
                    AllowedScopes =
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Email,
                        "accounts.manage"
                    },
                    AllowOfflineAccess = true
                }
            };
        }
    }
}
