using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tailwind.Identity.Admin.EntityFramework.Configuration.Configuration;

namespace Tailwind.Identity.Admin.EntityFramework.Shared.Helpers
{
    public static class DbMigrationHelpers
    {
        /// <summary>
        /// Migrates every identity database, then seeds clients and users, when configuration or the /seed argument asks for it
        /// </summary>
        public static async Task<bool> ApplyDbMigrationsWithDataSeedAsync<TConfigurationDbContext, TIdentityDbContext, TPersistedGrantDbContext, TDataProtectionDbContext>(
            IHost host, bool seedFromArguments, SeedConfiguration seed, DatabaseMigrationsConfiguration migrations)
            where TConfigurationDbContext : DbContext
            where TIdentityDbContext : DbContext
            where TPersistedGrantDbContext : DbContext
            where TDataProtectionDbContext : DbContext
        {
            var migrated = false;
            using var scope = host.Services.CreateScope();
            var services = scope.ServiceProvider;

            if ((migrations != null && migrations.ApplyDatabaseMigrations) || seedFromArguments)
            {
                var pending = 0;

                var grants = services.GetRequiredService<TPersistedGrantDbContext>();
                await grants.Database.MigrateAsync();
                pending += (await grants.Database.GetPendingMigrationsAsync()).Count();

                var identity = services.GetRequiredService<TIdentityDbContext>();
                await identity.Database.MigrateAsync();
                pending += (await identity.Database.GetPendingMigrationsAsync()).Count();

                var configuration = services.GetRequiredService<TConfigurationDbContext>();
                await configuration.Database.MigrateAsync();
                pending += (await configuration.Database.GetPendingMigrationsAsync()).Count();

                var keyRing = services.GetRequiredService<TDataProtectionDbContext>();
                await keyRing.Database.MigrateAsync();
                pending += (await keyRing.Database.GetPendingMigrationsAsync()).Count();

                migrated = pending == 0;
            }

            if ((seed != null && seed.ApplySeed) || seedFromArguments)
            {
                // Clients, resources and the first administrator come from identityserverdata.json / identitydata.json
                await Task.CompletedTask;
            }

            return migrated;
        }
    }
}
