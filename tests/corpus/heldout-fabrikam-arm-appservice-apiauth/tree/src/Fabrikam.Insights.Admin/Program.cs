using System;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.ApplicationInsights;

namespace Fabrikam.Insights.Admin
{
    public class Program
    {
        public static void Main(string[] args)
        {
            CreateHostBuilder(args).Build().Run();
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) =>
                {
                    // Extra settings files are only layered on for local development.
                    if (!context.HostingEnvironment.IsDevelopment())
                    {
                        return;
                    }

                    var idpName = Environment.GetEnvironmentVariable("IdpConfig") ?? "Idp";
                    var idpFile = config.GetFileProvider().GetFileInfo($"appsettings.{idpName}.json").Exists
                        ? $"appsettings.{idpName}.json"
                        : "appsettings.Keycloak.json";
                    config.AddJsonFile(idpFile, optional: false, reloadOnChange: true);

                    var seedUsers = Environment.GetEnvironmentVariable("BootstrapUsers");
                    if (seedUsers is not null)
                    {
                        config.AddJsonFile($"appsettings.{seedUsers}BootstrapUsers.json", optional: true, reloadOnChange: true);
                    }

                    config.AddJsonFile("appsettings.Local.json", optional: true, reloadOnChange: true);
                })
                .ConfigureWebHostDefaults(webBuilder =>
                {
                    webBuilder.UseStartup<Startup>();
                    webBuilder.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
                })
                .ConfigureLogging(logging =>
                {
                    // Send start-up diagnostics from Program and Startup to Application Insights at every level.
                    logging.AddApplicationInsights();
                    logging.AddFilter<ApplicationInsightsLoggerProvider>(typeof(Program).FullName, LogLevel.Debug);
                    logging.AddFilter<ApplicationInsightsLoggerProvider>(typeof(Startup).FullName, LogLevel.Debug);

                    // Picked up only when App Service logging is switched on for the site.
                    logging.AddAzureWebAppDiagnostics();
                });
    }
}
