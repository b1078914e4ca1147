using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IdentityServer.Helpers
{
    public static class DbMigrationHelpers
    {
        // Called from Program.Main on every start: applies pending migrations, then seeds.
        public static async Task EnsureSeedData<TConfigurationDbContext, TPersistedGrantDbContext>(IHost host)
            where TConfigurationDbContext : DbContext
            where TPersistedGrantDbContext : DbContext
        {
            using (var serviceScope = host.Services.CreateScope())
            {
                var services = serviceScope.ServiceProvider;
                await EnsureDatabasesMigrated<TConfigurationDbContext, TPersistedGrantDbContext>(services);
                await EnsureSeedIdentityServerData<TConfigurationDbContext>(services);
            }
        }

        public static async Task EnsureDatabasesMigrated<TConfigurationDbContext, TPersistedGrantDbContext>(IServiceProvider services)
            where TConfigurationDbContext : DbContext
            where TPersistedGrantDbContext : DbContext
        {
            using (var scope = services.GetRequiredService<IServiceScopeFactory>().CreateScope())
            {
                using (var context = scope.ServiceProvider.GetRequiredService<TPersistedGrantDbContext>())
                {
                    if (!context.Database.IsInMemory())
                        await context.Database.MigrateAsync();
                }

                using (var context = scope.ServiceProvider.GetRequiredService<TConfigurationDbContext>())
                {
                    if (!context.Database.IsInMemory())
                        await context.Database.MigrateAsync();
                }
            }
        }

        private static Task EnsureSeedIdentityServerData<TConfigurationDbContext>(IServiceProvider services)
            where TConfigurationDbContext : DbContext
        {
            // inserts the clients and resources of identityserverdata.json when the tables are empty
            return Task.CompletedTask;
        }
    }
}
