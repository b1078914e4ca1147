using IdentityServer4.EntityFramework.DbContexts;
using Tyrell.Libraries.Shared.Abstractions;
using Tyrell.OutboxRelay;
using Tyrell.Services.IdentityService.Data;
using Tyrell.Services.IdentityService.Services;

namespace Tyrell.Services.IdentityService.Extensions;

public static class StartupMigrationExtensions
{
    // Runs on every start: migrates the four schemas, then seeds the admin user
    // and the IdentityServer clients/resources
    public static async Task<WebApplication> MigrateAndSeedAsync(this WebApplication app)
    {
        await app.MigrateDbAsync<ConfigurationDbContext>();
        await app.MigrateDbAsync<PersistedGrantDbContext>();
        await app.MigrateDbAsync<CustomerDbContext>();
        await app.MigrateOutboxDatabaseAsync();

        using var scope = app.Services.CreateScope();

        await scope.ServiceProvider.GetRequiredService<AdminAccountSeeder>().CreateAdminAsync();
        await scope.ServiceProvider.GetRequiredService<ClientConfigurationSeeder>().SeedAsync();

        return app;
    }
}
