using Duende.IdentityServer.EntityFramework.Interfaces;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Models;
using Microsoft.EntityFrameworkCore;

namespace Wonka.IdentityServer.Infrastructure.IdentityServer;

public static class SeedData
{
    // Inserts whatever is missing from the code-defined configuration; never migrates.
    public static async Task<int> SeedConfigurationAsync<TContext>(this TContext db,
        IEnumerable<IdentityResource> identityResources,
        IEnumerable<ApiScope> apiScopes,
        IEnumerable<ApiResource> apiResources,
        IEnumerable<Client> clients)
        where TContext : DbContext, IConfigurationDbContext
    {
        foreach (var resource in identityResources)
            if (!await db.IdentityResources.AnyAsync(x => x.Name == resource.Name))
                db.IdentityResources.Add(resource.ToEntity());

        foreach (var scope in apiScopes)
            if (!await db.ApiScopes.AnyAsync(x => x.Name == scope.Name))
                db.ApiScopes.Add(scope.ToEntity());

        foreach (var api in apiResources)
            if (!await db.ApiResources.AnyAsync(x => x.Name == api.Name))
                db.ApiResources.Add(api.ToEntity());

        foreach (var client in clients)
            if (!await db.Clients.AnyAsync(x => x.ClientId == client.ClientId))
                db.Clients.Add(client.ToEntity());

        return await db.SaveChangesAsync();
    }
}
