using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Contoso.EntityFramework.Shared.DbContexts;
using Contoso.EntityFramework.Shared.Helpers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Contoso.Admin
{
    public class Program
    {
        private const string SeedSwitch = "/seed";
        private const string MigrateOnlySwitch = "/migrateonly";

        public static async Task Main(string[] args)
        {
            var configuration = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false)
                .AddEnvironmentVariables()
                .AddCommandLine(args)
                .Build();

            Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();

            try
            {
                var host = BuildHost(args).Build();

                var fromArgs = args.Contains(SeedSwitch);
                var migrated = await DbMigrationHelpers.MigrateAndSeedAsync<MemberDbContext, ClientStoreDbContext, GrantStoreDbContext, KeyRingDbContext>(
                    host,
                    fromArgs,
                    configuration.GetSection("Migrations").Get<MigrationSettings>(),
                    configuration.GetSection("Seeding").Get<SeedSettings>());

                if (args.Contains(MigrateOnlySwitch))
                {
                    Environment.ExitCode = migrated ? 0 : 1;
                    return;
                }

                await host.RunAsync();
            }
            catch (Exception failure)
            {
                Log.Fatal(failure, "Admin app stopped during startup");
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        public static IHostBuilder BuildHost(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .UseSerilog((context, logging) => logging.ReadFrom.Configuration(context.Configuration));
    }
}
