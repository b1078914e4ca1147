using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Lucerne.Identity.Core.Entities.Clients;
using Lucerne.Identity.Services.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Lucerne.Identity.Admin.SeedData
{
    public static class SeedDataHelper
    {
        public static Task InsertIdentitySeedData(this IWebHost host) => Task.CompletedTask; // roles and the administrator (trimmed)

        public static Task InstallationLanguageAndResource(this IWebHost host) => Task.CompletedTask; // English texts (trimmed)

        // Writes the clients of identityserverdata.{environment}.json into the shared database when it holds none yet.
        public static async Task InsertIdentityServerSeedData(this IWebHost host)
        {
            using var scope = host.Services.CreateScope();
            var clients = scope.ServiceProvider.GetRequiredService<IClientService>();
            var secrets = scope.ServiceProvider.GetRequiredService<IClientSecretService>();
            var seed = scope.ServiceProvider.GetRequiredService<IdentityServerDataConfiguration>();

            if (await clients.IsExistsAnyClientAsync())
            {
                return;
            }

            foreach (var item in seed.Clients)
            {
                var client = new Client
                {
                    ClientId = item.ClientId,
                    ClientName = item.ClientName,
                    ClientUri = item.ClientUri,
                    RequirePkce = item.RequirePkce,
                    FrontChannelLogoutUri = item.FrontChannelLogoutUri,
                    AllowedGrantTypes = item.AllowedGrantTypes,
                    RedirectUris = item.RedirectUris,
                    AllowedScopes = item.AllowedScopes,
                    AllowedCorsOrigins = item.AllowedCorsOrigins
                };

                var id = await clients.InsertClientAsync(client);
                foreach (var secret in item.ClientSecrets)
                {
                    await secrets.InsertClientSecretAsync(new ClientSecret { ClientId = id, Value = IdentityServer4.Models.HashExtensions.Sha256(secret.Value) });
                }
            }
        }
    }

    public class IdentityServerDataConfiguration
    {
        public List<ClientSeedData> Clients { get; set; } = new List<ClientSeedData>();
    }

    public class ClientSeedData
    {
        public string ClientId { get; set; }
        public string ClientName { get; set; }
        public string ClientUri { get; set; }
        public bool RequirePkce { get; set; }
        public string FrontChannelLogoutUri { get; set; }
        public List<string> AllowedGrantTypes { get; set; } = new List<string>();
        public List<ClientSecretSeedData> ClientSecrets { get; set; } = new List<ClientSecretSeedData>();
        public List<string> RedirectUris { get; set; } = new List<string>();
        public List<string> PostLogoutRedirectUris { get; set; } = new List<string>();
        public List<string> AllowedCorsOrigins { get; set; } = new List<string>();
        public List<string> AllowedScopes { get; set; } = new List<string>();
    }

    public class ClientSecretSeedData
    {
        public string Value { get; set; }
    }
}
