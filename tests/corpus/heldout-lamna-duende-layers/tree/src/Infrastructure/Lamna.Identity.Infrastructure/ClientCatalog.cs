namespace Lamna.Identity.Infrastructure;

public static class ClientCatalog
{
    public static IEnumerable<IdentityResource> IdentityResources() => new List<IdentityResource>
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email(),
        new IdentityResource("roles", "Member roles", new[] { JwtClaimTypes.Role })
    };

    public static IEnumerable<ApiScope> ApiScopes() => new List<ApiScope>
    {
        new ApiScope("portal_gateway", "Patient portal gateway"),
        new ApiScope(LocalApi.ScopeName)
    };

    public static IEnumerable<ApiResource> ApiResources() => new List<ApiResource>
    {
        new ApiResource("portal_gateway_resource") { Scopes = { "portal_gateway" } },
        new ApiResource(LocalApi.ScopeName)
    };

    public static IEnumerable<Client> Clients() => new List<Client>
    {
        new Client
        {
            ClientId = "lamna-token-exchange",
            ClientName = "Lamna token exchange",
            AllowedGrantTypes = new[] { OidcConstants.GrantTypes.TokenExchange },
            ClientSecrets = { new Secret("9c41e07d2b5a83f6c0d4e1a7b2f95c3d8e6a0b4f7c2d9e1a5b3c8f0d6e2a4b7c".Sha256()) },
            AccessTokenLifetime = 30 * 24 * 60 * 60,
            AllowedScopes = { LocalApi.ScopeName, StandardScopes.OpenId }
        },
        new Client
        {
            ClientId = "lamna-scheduler",
            ClientName = "Lamna appointment scheduler",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("e3b7a1c9d5f2084b6e1c7a3d9f5b2e8c0a4d6f1b3e7c9a2d5f8b0e4c6a1d3f7b".Sha256()) },
            AccessTokenLifetime = 60 * 24 * 60 * 60,
            AllowedScopes = { LocalApi.ScopeName }
        },
        new Client
        {
            ClientId = "lamna-patient-app",
            ClientName = "Lamna patient app",
            AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
            AllowOfflineAccess = true,
            ClientSecrets = { new Secret("4f8d2b6e0a3c7f1d5b9e2a6c0f4d8b1e5a9c3f7d0b2e6a4c8f1d5b3e7a0c2f6d".Sha256()) },
            AllowedScopes =
            {
                "roles",
                "portal_gateway",
                StandardScopes.OpenId,
                StandardScopes.Profile,
                StandardScopes.Email,
                StandardScopes.OfflineAccess,
                LocalApi.ScopeName
            },
            AccessTokenLifetime = 60 * 60,
            RefreshTokenUsage = TokenUsage.ReUse,
            RefreshTokenExpiration = TokenExpiration.Sliding,
            AbsoluteRefreshTokenLifetime = 365 * 24 * 60 * 60
        }
    };
}
