using System;
using CityPower.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;

namespace CityPower.IdentityService
{
    public class Program
    {
        private const string ServiceName = "CityPower.IdentityService";

        public static int Main(string[] args)
        {
            try
            {
                Log.Information("Starting {Service}", ServiceName);
                CreateHostBuilder(args)
                    .ConfigureSerilog(ServiceName, SetLogLevels)
                    .UseSerilog()
                    .Build()
                    .Run();
                return 0;
            }
            catch (Exception ex)
            {
                Log.Fatal(ex, "{Service} stopped unexpectedly", ServiceName);
                return 1;
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        public static IHostBuilder CreateHostBuilder(string[] args)
        {
            var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");

            switch (environment)
            {
                case "Production":
                    // Settings and the TLS certificate both come from Azure Key Vault
                    return Host.CreateDefaultBuilder(args)
                        .ConfigureAppConfiguration(config => config.AddCityPowerKeyVault())
                        .ConfigureWebHostDefaults(web =>
                        {
                            web.UseKeyVaultHttps(certificateName: "sso-tls-certificate");
                            web.UseStartup<Startup>()
                               .UseUrls("http://*:80;https://*:443");
                        });

                case "Offline":
                    // Local settings only, localhost developer certificate
                    return Host.CreateDefaultBuilder(args)
                        .ConfigureWebHostDefaults(web => web.UseStartup<Startup>());

                default:
                    // Development: Key Vault settings, localhost developer certificate
                    return Host.CreateDefaultBuilder(args)
                        .ConfigureAppConfiguration(config => config.AddCityPowerKeyVault())
                        .ConfigureWebHostDefaults(web => web.UseStartup<Startup>());
            }
        }

        private static void SetLogLevels(LoggerConfiguration logger)
        {
            var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");

            if (environment == "Production")
            {
                logger.MinimumLevel.Override("IdentityServer4", LogEventLevel.Debug)
                      .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                      .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                      .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
                      .MinimumLevel.Override("System", LogEventLevel.Warning);
            }
            else
            {
                logger.MinimumLevel.Override("IdentityServer4", LogEventLevel.Debug)
                      .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                      .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Debug)
                      .MinimumLevel.Override("System", LogEventLevel.Warning);
            }
        }
    }
}
