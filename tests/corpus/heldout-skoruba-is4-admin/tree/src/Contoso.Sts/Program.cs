using System;
using System.IO;
using Contoso.Shared.Configuration.Helpers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Contoso.Sts
{
    public class Program
    {
        public static void Main(string[] args)
        {
            var bootConfig = ReadBootConfiguration(args);

            Log.Logger = new LoggerConfiguration()
                .ReadFrom.Configuration(bootConfig)
                .CreateLogger();

            try
            {
                BuildHost(args).Build().Run();
            }
            catch (Exception failure)
            {
                Log.Fatal(failure, "Token service stopped during startup");
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        private static IConfiguration ReadBootConfiguration(string[] args)
        {
            var envName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");

            var builder = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false, reloadOnChange: true)
                .AddJsonFile($"appsettings.{envName}.json", optional: true, reloadOnChange: true)
                .AddJsonFile("serilog.json", optional: true, reloadOnChange: true);

            builder.Build().AddVaultSettings(builder);

            builder.AddEnvironmentVariables();
            builder.AddCommandLine(args);
            return builder.Build();
        }

        public static IHostBuilder BuildHost(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) =>
                {
                    config.AddJsonFile("serilog.json", optional: true, reloadOnChange: true);
                    if (context.HostingEnvironment.IsDevelopment())
                    {
                        config.AddUserSecrets<Startup>(true);
                    }

                    config.AddEnvironmentVariables();
                    config.AddCommandLine(args);
                })
                .ConfigureWebHostDefaults(web =>
                {
                    web.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
                    web.UseStartup<Startup>();
                })
                .UseSerilog((context, logging) => logging.ReadFrom.Configuration(context.Configuration));
    }
}
