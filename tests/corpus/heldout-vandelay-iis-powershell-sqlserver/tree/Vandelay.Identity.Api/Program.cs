using System;
using System.IO;
using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.Logging;
using Vandelay.Identity.Api.Services;
using Vandelay.Platform.Shared.Configuration.Docker;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace Vandelay.Identity.Api
{
    public static class Program
    {
        public static void Main(string[] args)
        {
            var loggerConfiguration = new LoggerConfiguration();

            // read settings early so the trace logger knows whether Application Insights is on
            var environmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
            var configuration = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false, reloadOnChange: true)
                .AddJsonFile($"appsettings.{environmentName}.json", optional: true)
                .Build();

            var certificateService = IdentityConfigurationProvider.MakeCertificateService();
            var appConfig = new IdentityConfigurationProvider(configuration)
                .GetAppConfiguration(new DecryptionService(certificateService));

            LogFactory.ConfigureTraceLogger(loggerConfiguration, appConfig.ApplicationInsights);
            Log.Logger = loggerConfiguration.CreateLogger();

            try
            {
                Log.Information("Starting Vandelay identity host");
                CreateWebHostBuilder(args).Build().Run();
                Environment.Exit(0);
            }
            catch (Exception ex)
            {
                Log.Fatal(ex, "Vandelay identity host stopped unexpectedly");
                Environment.Exit(1);
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        public static IWebHostBuilder CreateWebHostBuilder(string[] args) =>
            WebHost.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) =>
                {
                    config.AddDockerSecrets(typeof(IAppConfiguration));
                    config.SetBasePath(context.HostingEnvironment.ContentRootPath);
                })
                .UseUrls("http://*:5001")
                .UseSerilog()
                .UseStartup<Startup>();
    }
}
