using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;
using Microsoft.Extensions.Options;

namespace NodTools.Identity
{
    public class IdentityServerParameters
    {
        private IdentityConfig Config { get; }

        public IdentityServerParameters(IOptions<IdentityConfig> config)
        {
            Config = config.Value;
        }

        public IEnumerable<IdentityResource> GetIdentityResources() => new List<IdentityResource>
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResources.Email()
        };

        public IEnumerable<ApiResource> GetApiResources() => new List<ApiResource>
        {
            new ApiResource("editor", "Editor access"),
            new ApiResource("publisher", "Publisher access")
        };

        public IEnumerable<Client> GetClients() => new List<Client>
        {
            new Client
            {
                ClientId = "Editor",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                AllowOfflineAccess = true,
                ClientSecrets = { new Secret(Config.Secret.Sha256()) },
                AllowedScopes = { "editor", IdentityServerConstants.StandardScopes.OfflineAccess }
            },
            new Client
            {
                ClientId = "Publisher",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                AllowOfflineAccess = true,
                ClientSecrets = { new Secret(Config.Secret.Sha256()) },
                AllowedScopes = { "editor", "publisher", IdentityServerConstants.StandardScopes.OfflineAccess }
            }
        };
    }
}
