using Duende.IdentityServer;
using Duende.IdentityServer.Models;

internal static class DemoConfig
{
    public static IEnumerable<ApiScope> ApiScopes { get; } = new List<ApiScope>
    {
        new ApiScope(IdentityServerConstants.LocalApi.ScopeName)
    };

    public static IEnumerable<ApiResource> ApiResources { get; } = new List<ApiResource>
    {
        new ApiResource("gallery", "Gallery API") { Scopes = { "gallery.read" } }
    };

    public static IEnumerable<Client> Clients { get; } = new List<Client>
    {
        new Client
        {
            ClientId = "curator-console",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets =
            {
                new Secret("easel-2022".Sha256())
            },
            AllowedScopes = { IdentityServerConstants.LocalApi.ScopeName }
        }
    };
}
