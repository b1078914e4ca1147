using System;
using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Tailwind.Identity.Shared.Configuration.Helpers;

namespace Tailwind.Identity
{
    public class Program
    {
        public static void Main(string[] args)
        {
            // Npgsql timestamp compatibility switches
            AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);

            var configuration = BuildBootstrapConfiguration(args);

            Log.Logger = new LoggerConfiguration()
                .ReadFrom.Configuration(configuration)
                .CreateLogger();

            try
            {
                DockerHelpers.ApplyDockerConfiguration(configuration);

                CreateHostBuilder(args).Build().Run();
            }
            catch (Exception ex)
            {
                Log.Fatal(ex, "Token service stopped unexpectedly");
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        private static IConfiguration BuildBootstrapConfiguration(string[] args)
        {
            var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");

            var builder = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false, reloadOnChange: true)
                .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: true)
                .AddJsonFile("serilog.json", optional: true, reloadOnChange: true)
                .AddJsonFile($"serilog.{environment}.json", optional: true, reloadOnChange: true);

            if (environment == Environments.Development)
            {
                builder.AddUserSecrets<Startup>();
            }

            var configuration = builder.Build();
            configuration.AddAzureKeyVaultConfiguration(builder);

            builder.AddCommandLine(args);
            builder.AddEnvironmentVariables();

            return builder.Build();
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) =>
                {
                    var root = config.Build();
                    var env = context.HostingEnvironment;

                    config.AddJsonFile("serilog.json", optional: true, reloadOnChange: true);
                    config.AddJsonFile($"serilog.{env.EnvironmentName}.json", optional: true, reloadOnChange: true);

                    if (env.IsDevelopment())
                    {
                        config.AddUserSecrets<Startup>();
                    }

                    root.AddAzureKeyVaultConfiguration(config);

                    config.AddEnvironmentVariables();
                    config.AddCommandLine(args);
                })
                .ConfigureWebHostDefaults(web =>
                {
                    web.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
                    web.UseStartup<Startup>();
                })
                .UseSerilog((context, logger) =>
                {
                    logger
                        .ReadFrom.Configuration(context.Configuration)
                        .Enrich.WithProperty("ApplicationName", context.HostingEnvironment.ApplicationName);
                });
    }
}
