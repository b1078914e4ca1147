using System.Collections.Generic;
using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Sofa.IdentityServer.Management.Api.Tests.Assets
{
    internal sealed class TestData
    {
        public List<Client> Clients { get; } = new()
        {
            new Client
            {
                ClientId = "existing-client",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets = { new Secret("test-only".Sha256()) },
                AllowedScopes = { IdentityServerConstants.LocalApi.ScopeName }
            }
        };

        public List<ApiScope> ApiScopes { get; } = new()
        {
            new ApiScope(IdentityServerConstants.LocalApi.ScopeName)
        };
    }
}
