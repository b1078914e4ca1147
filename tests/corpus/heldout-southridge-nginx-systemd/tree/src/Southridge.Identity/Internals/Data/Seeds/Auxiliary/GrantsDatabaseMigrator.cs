using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog;

namespace Southridge.Identity.Internals.Data.Seeds.Auxiliary
{
    // only reached from the "seed" command-line branch in Program.Main
    public static class GrantsDatabaseMigrator
    {
        public static void Run(IConfiguration configuration)
        {
            var services = new ServiceCollection();
            services.AddLogging();

            var connection = new NpgsqlConnectionStringBuilder
            {
                Host = configuration["sis_auxiliary_database:host"],
                Port = int.Parse(configuration["sis_auxiliary_database:port"]),
                Database = configuration["sis_auxiliary_database:name"],
                Username = configuration["sis_auxiliary_database:username"],
                Password = configuration["sis_auxiliary_database:password"]
            };

            services.AddIdentityServer()
                .AddOperationalStore(options =>
                {
                    options.ConfigureDbContext = db => db.UseNpgsql(connection.ConnectionString,
                        npgsql => npgsql.MigrationsAssembly(typeof(Startup).Assembly.FullName));
                });

            using ServiceProvider provider = services.BuildServiceProvider();
            using IServiceScope scope = provider.CreateScope();

            scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

            Log.Debug("Persisted grant schema migrated");
        }
    }
}
