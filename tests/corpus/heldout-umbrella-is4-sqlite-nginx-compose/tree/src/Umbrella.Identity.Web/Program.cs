using System;
using System.IO;
using IdentityServer4.EntityFramework.DbContexts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Umbrella.Identity.Web.Database;

namespace Umbrella.Identity.Web
{
    public class Program
    {
        public static void Main(string[] args)
        {
            var environmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";

            // Serilog is configured from its own configuration root, before the host exists
            var loggingConfiguration = new ConfigurationBuilder()
                .AddEnvironmentVariables()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false, reloadOnChange: true)
                .AddJsonFile($"appsettings.{environmentName}.json", optional: true, reloadOnChange: true)
                .Build();

            Log.Logger = new LoggerConfiguration()
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", loggingConfiguration["ApplicationName"] ?? "UmbrellaIdentity")
                .Enrich.WithProperty("Environment", environmentName)
                .ReadFrom.Configuration(loggingConfiguration)
                .CreateLogger();

            try
            {
                Log.Warning("Umbrella identity starting");
                var host = CreateHostBuilder(args).Build();

                // every start: bring all three databases up to date, then seed
                using (var scope = host.Services.CreateScope())
                {
                    scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

                    var configurationDb = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
                    configurationDb.Database.Migrate();
                    SeedDb.SeedConfiguration(configurationDb);

                    scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.Migrate();
                    SeedDb.SeedUsers(scope);
                }

                host.Run();
            }
            catch (Exception ex)
            {
                Log.Fatal(ex, "Umbrella identity failed to start");
                throw;
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web =>
                {
                    web.UseSerilog(Log.Logger)
                       .UseStartup<Startup>();
                });
    }
}
