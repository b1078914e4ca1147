using System.Linq;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog;

namespace Southridge.Identity.Internals.Data.Seeds.Auxiliary
{
    // only reached from the "seed" command-line branch in Program.Main
    public static class ClientsDatabaseSeeder
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
                .AddConfigurationStore(options =>
                {
                    options.ConfigureDbContext = db => db.UseNpgsql(connection.ConnectionString,
                        npgsql => npgsql.MigrationsAssembly(typeof(Startup).Assembly.FullName));
                });

            using ServiceProvider provider = services.BuildServiceProvider();
            using IServiceScope scope = provider.CreateScope();

            var context = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
            context.Database.Migrate();

            if (!context.Clients.Any())
            {
                foreach (var client in Config.Clients)
                    context.Clients.Add(client.ToEntity());
                context.SaveChanges();
            }

            if (!context.IdentityResources.Any())
            {
                foreach (var resource in Config.IdentityResources)
                    context.IdentityResources.Add(resource.ToEntity());
                context.SaveChanges();
            }

            if (!context.ApiScopes.Any())
            {
                foreach (var scopeItem in Config.ApiScopes)
                    context.ApiScopes.Add(scopeItem.ToEntity());
                context.SaveChanges();
            }

            Log.Debug("Configuration schema migrated and seeded");
        }
    }
}
