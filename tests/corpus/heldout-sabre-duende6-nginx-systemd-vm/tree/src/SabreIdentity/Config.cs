using Duende.IdentityServer.Models;

namespace SabreIdentity;

public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
        new IdentityResource[]
        {
            new IdentityResources.OpenId()
        };

    public static IEnumerable<ApiScope> ApiScopes =>
        new List<ApiScope>
        {
            new ApiScope("sabre-core-read", "Sabre Core API (read)"),
            new ApiScope("sabre-core-stream", "Sabre Core API (stream)"),
            new ApiScope("sabre-bi-read", "Sabre BI API (read)"),
            new ApiScope("sabre-bi-stream", "Sabre BI API (stream)")
        };

    public static IEnumerable<Client> Clients =>
        new List<Client>
        {
            // machine-to-machine: the caller authenticates with its id and shared secret
            new Client
            {
                ClientId = "sabre-ingest",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets = { new Secret("sabre-ingest-pw".Sha256()) },
                AllowedScopes = { "sabre-core-read", "sabre-bi-read" }
            },
            new Client
            {
                ClientId = "sabre-ingest-lite",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets = { new Secret("sabre-ingest-lite-pw".Sha256()) },
                AllowedScopes = { "sabre-core-read" }
            }
        };
}
