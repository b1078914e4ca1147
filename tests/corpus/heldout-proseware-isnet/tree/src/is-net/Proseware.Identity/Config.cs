using IdentityServer4.Models;
using System.Collections.Generic;

namespace Proseware.Identity;

// Left over from the quickstart this server started from; nothing reads it.
public static class Config
{
    public static IEnumerable<IdentityResource> Ids =>
        new IdentityResource[]
        {
            new IdentityResources.OpenId()
        };

    public static IEnumerable<ApiResource> Apis =>
        new List<ApiResource>
        {
            new ApiResource("orders-api", "Proseware Orders API")
        };

    public static IEnumerable<Client> Clients =>
        new List<Client>
        {
            new Client
            {
                ClientId = "proseware-batch",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets =
                {
                    new Secret("batch-secret-one".Sha256())
                },
                AllowedScopes = { "orders-api" }
            }
        };
}
