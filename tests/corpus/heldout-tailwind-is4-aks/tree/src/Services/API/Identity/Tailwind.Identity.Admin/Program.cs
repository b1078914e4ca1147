using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Tailwind.Identity.Admin.EntityFramework.Configuration.Configuration;
using Tailwind.Identity.Admin.EntityFramework.Shared.DbContexts;
using Tailwind.Identity.Admin.EntityFramework.Shared.Helpers;

namespace Tailwind.Identity.Admin;

// Back-office portal for clients, resources and users. It does not host IdentityServer;
// it signs in against the token service over OIDC and edits the same databases.
public class Program
{
    private const string SeedArgs = "/seed";
    private const string MigrateOnlyArgs = "/migrateonly";

    public static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: false)
            .AddJsonFile("identityserverdata.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();

        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();

        try
        {
            var host = CreateHostBuilder(args).Build();

            var seedFromArguments = args.Any(a => a == SeedArgs);
            var migrated = await DbMigrationHelpers
                .ApplyDbMigrationsWithDataSeedAsync<IdentityServerConfigurationDbContext, AdminIdentityDbContext, IdentityServerPersistedGrantDbContext, IdentityServerDataProtectionDbContext>(
                    host,
                    seedFromArguments,
                    configuration.GetSection(nameof(SeedConfiguration)).Get<SeedConfiguration>(),
                    configuration.GetSection(nameof(DatabaseMigrationsConfiguration)).Get<DatabaseMigrationsConfiguration>());

            if (args.Any(a => a == MigrateOnlyArgs))
            {
                Environment.ExitCode = migrated ? 0 : -1;
                return;
            }

            await host.RunAsync();
        }
        catch (Exception ex)
        {
            Log.Fatal(ex, "Admin portal stopped unexpectedly");
        }
        finally
        {
            Log.CloseAndFlush();
        }
    }

    public static IHostBuilder CreateHostBuilder(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureAppConfiguration((context, config) =>
            {
                config.AddJsonFile("identityserverdata.json", optional: true, reloadOnChange: true);
                config.AddEnvironmentVariables();
                config.AddCommandLine(args);
            })
            .ConfigureWebHostDefaults(web => web.Configure(app => app.UseRouting()))
            .UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration));
}
