using Duende.IdentityServer.Models;
using Gdi.Auth.Constants;

namespace Gdi.Auth;

/// <summary>Clients, scopes and resources seeded into the configuration store.</summary>
public static class Catalog
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email()
    ];

    public static IEnumerable<ApiScope> ApiScopes =>
    [
        new ApiScope(ScopeNames.Catalog, "Course catalogue API"),
        new ApiScope(ScopeNames.Admin, "Manage users and clients"),
        new ApiScope(ScopeNames.View, "Read users and clients")
    ];

    public static IEnumerable<Client> Clients(IConfiguration configuration) =>
    [
        new Client
        {
            ClientId = ClientIds.Catalog,
            ClientSecrets = { new Secret(Required(configuration, SettingKeys.CatalogClientSecret).Sha256()) },
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            AllowedScopes = { ScopeNames.Catalog },
            AllowedCorsOrigins = { Origins.CatalogDevServer }
        },
        new Client
        {
            ClientId = ClientIds.Ops,
            ClientSecrets = { new Secret(Required(configuration, SettingKeys.OpsClientSecret).Sha256()) },
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            AllowedScopes = { ScopeNames.Admin }
        },
        new Client
        {
            ClientId = ClientIds.Auditor,
            ClientSecrets = { new Secret(Required(configuration, SettingKeys.AuditorClientSecret).Sha256()) },
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            AllowedScopes = { ScopeNames.View }
        }
    ];

    private static string Required(IConfiguration configuration, string key) =>
        configuration[key] ?? throw new InvalidOperationException($"{key} is missing.");
}
