using Consolidated.IdentityServer.AspNetIdentity.Dependencies;
using Consolidated.IdentityServer.Constants;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace Consolidated.IdentityServer.Startup.Migrations;

public static class DatabaseMigrationService
{
    public static async Task MigrateDatabasesAsync(string[] args, WebApplication app)
    {
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DatabaseMigrationService));

        // Always outside Production; in Production on "/migrate" or when MigrateDatabase is true.
        bool applyMigrations = !app.Environment.IsProduction() ||
                               args.Contains("/migrate") ||
                               app.Configuration.GetValue(ConfigurationKeys.MigrateDatabase, false);

        if (!applyMigrations)
        {
            logger.LogInformation("Database migration is disabled.");
            return;
        }

        using IServiceScope scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<AspNetIdentityDbContext>().Database.MigrateAsync();

        logger.LogInformation("Database migration complete.");
    }
}
