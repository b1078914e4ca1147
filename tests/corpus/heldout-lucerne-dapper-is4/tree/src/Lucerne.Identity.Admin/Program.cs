using System;
using System.IO;
using System.Threading.Tasks;
using Lucerne.Identity.Admin.SeedData;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace Lucerne.Identity.Admin
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .WriteTo.File($"Logs/{DateTime.Now:yyyy-MM-dd}/admin.txt")
                .CreateLogger();

            var host = BuildWebHost(BuildConfiguration(), args);

            // first start: default roles, administrator, clients and resources, then the English texts
            await host.InsertIdentitySeedData();
            await host.InsertIdentityServerSeedData();
            await host.InstallationLanguageAndResource();

            host.Run();
        }

        private static IWebHost BuildWebHost(IConfiguration configuration, string[] args) =>
            WebHost.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration(c => c.AddConfiguration(configuration))
                .UseStartup<Startup>()
                .ConfigureLogging(logging =>
                {
                    logging.ClearProviders();
                    logging.AddSerilog();
                })
                .UseContentRoot(Directory.GetCurrentDirectory())
                .Build();

        private static IConfiguration BuildConfiguration()
        {
            var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");

            return new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false, reloadOnChange: true)
                .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: true)
                .AddJsonFile("identityserverdata.json", optional: true, reloadOnChange: true)
                .AddJsonFile($"identityserverdata.{environment}.json", optional: true, reloadOnChange: true)
                .AddEnvironmentVariables()
                .Build();
        }
    }
}
