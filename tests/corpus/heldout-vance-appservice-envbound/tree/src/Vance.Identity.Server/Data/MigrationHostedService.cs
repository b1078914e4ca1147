using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vance.Identity.Server.Setup;
using Vance.Identity.Server.Users.Persistence;

namespace Vance.Identity.Server.Data;

// Runs once when the host starts, on every instance that starts.
public sealed class MigrationHostedService(
    IServiceScopeFactory scopeFactory,
    DatabaseSeeder seeder,
    IOptions<MigrationsOptions> migrations,
    ILogger<MigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopeFactory.CreateScope();

        if (migrations.Value.ApplyMigrations)
        {
            logger.LogInformation("Applying pending migrations");
            await MigrateAsync<ConfigurationDbContext>(scope, cancellationToken);
            await MigrateAsync<PersistedGrantDbContext>(scope, cancellationToken);
            await MigrateAsync<AccountsDbContext>(scope, cancellationToken);
        }
        else
        {
            logger.LogInformation("Migrations disabled");
        }

        if (migrations.Value.SeedData)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Task MigrateAsync<TContext>(IServiceScope scope, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        return context.Database.MigrateAsync(cancellationToken);
    }
}
