using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contoso.EntityFramework.Shared.Helpers
{
    public class MigrationSettings
    {
        public bool ApplyOnStartup { get; set; }
    }

    public class SeedSettings
    {
        public bool Enabled { get; set; }
    }

    public static class DbMigrationHelpers
    {
        // called by the admin app only; the token service never migrates
        public static async Task<bool> MigrateAndSeedAsync<TMemberDb, TClientDb, TGrantDb, TKeyDb>(
            IHost host, bool requestedOnCommandLine, MigrationSettings migrations, SeedSettings seed)
            where TMemberDb : DbContext
            where TClientDb : DbContext
            where TGrantDb : DbContext
            where TKeyDb : DbContext
        {
            using var scope = host.Services.CreateScope();
            var provider = scope.ServiceProvider;
            var migrated = false;

            if ((migrations != null && migrations.ApplyOnStartup) || requestedOnCommandLine)
            {
                await provider.GetRequiredService<TGrantDb>().Database.MigrateAsync();
                await provider.GetRequiredService<TMemberDb>().Database.MigrateAsync();
                await provider.GetRequiredService<TClientDb>().Database.MigrateAsync();
                await provider.GetRequiredService<TKeyDb>().Database.MigrateAsync();
                migrated = true;
            }

            if ((seed != null && seed.Enabled) || requestedOnCommandLine)
            {
                await SeedClientsAndAdminAsync(provider);
            }

            return migrated;
        }

        private static Task SeedClientsAndAdminAsync(IServiceProvider provider) => Task.CompletedTask;
    }
}
