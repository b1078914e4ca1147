using Duende.IdentityServer.Models;
using IdentityModel;

namespace Consolidated.IdentityServer.Configuration.InMemory;

// Seed data only: clients are created through the admin pages and stored in the configuration database.
public static class ConfigurationData
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email(),
        new("roles", "Your role(s)", [JwtClaimTypes.Role])
    ];

    public static IEnumerable<ApiScope> ApiScopes =>
    [
        new() { Name = "cmsg.identity", DisplayName = "Identity API", ShowInDiscoveryDocument = false },
        new() { Name = "cmsg.dispatch", DisplayName = "Dispatch API" }
    ];
}
