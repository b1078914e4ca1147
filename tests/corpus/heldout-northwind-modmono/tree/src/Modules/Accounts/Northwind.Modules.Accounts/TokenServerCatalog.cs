using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Northwind.Modules.Accounts;

public static class TokenServerCatalog
{
    public static IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email(),
        new("eater_roles", "Eater roles", new[] { "role" }),
    };

    public static IEnumerable<ApiScope> Scopes => new[]
    {
        new ApiScope("eats.api", "Northwind Eats API"),
    };

    public static IEnumerable<ApiResource> Apis => new[]
    {
        new ApiResource("eats-resource", "Northwind Eats")
        {
            Scopes = { "eats.api" },
            UserClaims = { "role", "name" },
        },
    };

    public static IEnumerable<Client> Clients => new[]
    {
        new Client
        {
            ClientId = "eats-mobile",
            ClientName = "Northwind Eats mobile app",
            RequireClientSecret = false,
            AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "eater_roles",
                "eats.api",
            },
        },
        new Client
        {
            ClientId = "eats-kitchen-sync",
            ClientName = "Kitchen display sync job",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("Kitchen-Sync-Secret-2024".Sha256()) },
            AllowedScopes = { "eats.api" },
        },
    };
}
