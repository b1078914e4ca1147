using Duende.IdentityServer.EntityFramework.Mappers;
using Fincher.Accounts.Application.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Fincher.Accounts.Infrastructure.Persistence.Initialization;

/// <summary>Copies the resources and clients of identityserverdata.json into the configuration store once.</summary>
internal class ApplicationDbSeeder
{
    private readonly IdentityServerData _data;
    private readonly ILogger<ApplicationDbSeeder> _logger;

    public ApplicationDbSeeder(IOptions<IdentityServerData> data, ILogger<ApplicationDbSeeder> logger)
    {
        _data = data.Value;
        _logger = logger;
    }

    public async Task SeedAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        foreach (var resource in _data.IdentityResources)
        {
            if (!await db.IdentityResources.AnyAsync(r => r.Name == resource.Name, cancellationToken))
            {
                db.IdentityResources.Add(resource.ToEntity());
            }
        }

        foreach (var scope in _data.ApiScopes)
        {
            if (!await db.ApiScopes.AnyAsync(s => s.Name == scope.Name, cancellationToken))
            {
                db.ApiScopes.Add(scope.ToEntity());
            }
        }

        foreach (var resource in _data.ApiResources)
        {
            if (!await db.ApiResources.AnyAsync(r => r.Name == resource.Name, cancellationToken))
            {
                db.ApiResources.Add(resource.ToEntity());
            }
        }

        foreach (var client in _data.Clients)
        {
            if (await db.Clients.AnyAsync(c => c.ClientId == client.ClientId, cancellationToken))
            {
                continue;
            }

            _logger.LogInformation("Seeding client {ClientId}", client.ClientId);
            db.Clients.Add(client.ToEntity());
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
