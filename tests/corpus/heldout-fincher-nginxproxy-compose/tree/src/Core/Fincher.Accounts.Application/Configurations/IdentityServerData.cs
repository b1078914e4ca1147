using Duende.IdentityServer.Models;

namespace Fincher.Accounts.Application.Configurations;

/// <summary>
/// Seed data for the configuration store, bound from Configurations/identityserverdata.json.
/// Clients are the plain Duende model, so any Client property can be set from JSON.
/// </summary>
public class IdentityServerData
{
    public List<IdentityResource> IdentityResources { get; set; } = new();

    public List<ApiScope> ApiScopes { get; set; } = new();

    public List<ApiResource> ApiResources { get; set; } = new();

    public List<Client> Clients { get; set; } = new();
}
