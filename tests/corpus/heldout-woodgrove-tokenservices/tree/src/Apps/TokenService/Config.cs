using System.Collections.Generic;
using Duende.IdentityServer.Models;

namespace TokenService
{
    // Seed data from the early prototype; Startup no longer registers it
    // (clients now live in the per-tenant databases edited by Woodgrove.Admin).
    public static class Config
    {
        public static IEnumerable<ApiScope> ApiScopes =>
            new List<ApiScope>
            {
                new ApiScope("ledger.read", "Ledger read access")
            };

        public static IEnumerable<Client> Clients =>
            new List<Client>
            {
                new Client
                {
                    ClientId = "batch-exporter",
                    ClientSecrets = { new Secret("exporter-dev-secret".Sha256()) },
                    AllowedGrantTypes = GrantTypes.ClientCredentials,
                    AllowOfflineAccess = true,
                    AllowedScopes = { "ledger.read" },
                    AbsoluteRefreshTokenLifetime = 3600
                }
            };
    }
}
