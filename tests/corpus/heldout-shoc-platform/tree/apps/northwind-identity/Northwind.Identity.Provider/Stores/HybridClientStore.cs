using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Stores;
using Northwind.Identity.Provider.Data;

namespace Northwind.Identity.Provider.Stores;

/// <summary>
/// The clients defined in configuration, looked up before the database.
/// </summary>
public sealed class BuiltInClients
{
    private readonly Dictionary<string, Client> byId;

    public BuiltInClients(IEnumerable<Client> clients)
    {
        byId = clients.ToDictionary(client => client.ClientId, StringComparer.Ordinal);
    }

    public bool TryFind(string clientId, out Client? client) => byId.TryGetValue(clientId, out client);
}

/// <summary>
/// Resolves built-in clients first, then clients registered through the admin UI.
/// </summary>
public sealed class HybridClientStore : IClientStore
{
    private readonly BuiltInClients builtIn;
    private readonly IApplicationRepository applications;

    public HybridClientStore(BuiltInClients builtIn, IApplicationRepository applications)
    {
        this.builtIn = builtIn;
        this.applications = applications;
    }

    public async Task<Client?> FindClientByIdAsync(string clientId)
    {
        if (builtIn.TryFind(clientId, out var known))
        {
            return known;
        }

        var row = await applications.FindByClientId(clientId);
        if (row is null)
        {
            return null;
        }

        return new Client
        {
            ClientId = row.ClientId,
            Enabled = row.Enabled,
            AllowedGrantTypes = row.GrantTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            AllowedScopes = row.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            RedirectUris = row.RedirectUris.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            RequirePkce = row.RequirePkce,
            RequireClientSecret = row.SecretRequired,
            AccessTokenLifetime = row.AccessTokenLifetime
        };
    }
}
