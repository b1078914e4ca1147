using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vance.Identity.Server.Setup;
using Vance.Identity.Server.Users.Domain;

namespace Vance.Identity.Server.Data;

// Copies the clients, scopes and users bound from configuration into the EF stores.
public sealed class DatabaseSeeder(
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityConfig> identityConfig,
    ILogger<DatabaseSeeder> logger)
{
    internal async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var config = identityConfig.Value;
        using var scope = scopeFactory.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();

        foreach (var client in config.Clients)
        {
            if (await store.Clients.AnyAsync(c => c.ClientId == client.ClientId, cancellationToken))
            {
                continue;
            }

            var entity = client.ToEntity();
            foreach (var secret in entity.ClientSecrets)
            {
                secret.Value = secret.Value.Sha256();
            }

            store.Clients.Add(entity);
        }

        foreach (var resource in config.IdentityResources)
        {
            if (!await store.IdentityResources.AnyAsync(r => r.Name == resource.Name, cancellationToken))
            {
                store.IdentityResources.Add(resource.ToEntity());
            }
        }

        foreach (var scopeModel in config.ApiScopes)
        {
            if (!await store.ApiScopes.AnyAsync(s => s.Name == scopeModel.Name, cancellationToken))
            {
                store.ApiScopes.Add(scopeModel.ToEntity());
            }
        }

        var rows = await store.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Rows} configuration rows", rows);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<VanceUser>>();
        foreach (var user in config.Users)
        {
            if (await users.FindByNameAsync(user.Username) is not null)
            {
                continue;
            }

            var created = await users.CreateAsync(
                new VanceUser { UserName = user.Username, Email = user.Username, EmailConfirmed = true },
                user.Password);
            if (!created.Succeeded)
            {
                logger.LogError("Could not seed user {User}: {Result}", user.Username, created);
            }
        }
    }
}
