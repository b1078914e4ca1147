#if !DEBUG
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
#endif
using FourthCoffee.Application.EntityFrameworkCore.IdentityServer;
using IdentityServer.Helpers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace IdentityServer
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
            // only one copy of the server may run on a machine
            var mutex = new Mutex(true, "FourthCoffeeIdentityServer", out var isFirstInstance);
            if (!isFirstInstance)
            {
                Console.WriteLine("Another instance is already running.");
                Environment.Exit(-2);
            }

#if !DEBUG
            // the Windows service starts in System32: move to the folder of the executable
            var exePath = Process.GetCurrentProcess().MainModule.FileName;
            Directory.SetCurrentDirectory(Path.GetDirectoryName(exePath));
#endif

            var host = CreateHostBuilder(args).Build();
            await EnsureSeedDataAsync(host);
            await host.RunAsync();
        }

        private static IHostBuilder CreateHostBuilder(string[] args)
        {
            var builder = Host.CreateDefaultBuilder(args);
            builder.ConfigureAppConfiguration((hostContext, configBuilder) =>
            {
                var environmentName = hostContext.HostingEnvironment.EnvironmentName;
                configBuilder
                    .AddJsonConfiguration("serilog", environmentName)
                    .AddJsonConfiguration("identitydata", environmentName)
                    .AddJsonConfiguration("identityserverdata", environmentName)
                    .AddEnvironmentVariables()
                    .AddCommandLine(args);
            });

            using var moduleFile = File.OpenText("LoggingModule.json");
            var jsonOptions = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            var loggingModule = JsonDocument.Parse(moduleFile.BaseStream, jsonOptions).RootElement.GetProperty("Name").GetString();
            switch (loggingModule)
            {
                case "Default":
                    break;
                default:
                    builder.UseSerilog((hostContext, loggerConfig) =>
                    {
                        loggerConfig
                            .ReadFrom.Configuration(hostContext.Configuration)
                            .Enrich.WithProperty("ApplicationName", hostContext.HostingEnvironment.ApplicationName);
                    });
                    break;
            }

            builder.UseWindowsService()
                .ConfigureWebHostDefaults(webBuilder =>
                {
#if !DEBUG
                    webBuilder.ConfigureKestrel(SetHost);
#endif
                    webBuilder.UseStartup<Startup>();
                });

            return builder;
        }

        public static async Task EnsureSeedDataAsync(IHost host)
        {
            await DbMigrationHelpers.EnsureSeedData<IdentityServerConfigurationDbContext, IdentityServerPersistedGrantDbContext>(host);
        }

#if !DEBUG
        // Kestrel endpoints come from the RafHost section (appsettings.Production.json)
        private static void SetHost(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions options)
        {
            var configuration = (IConfiguration)options.ApplicationServices.GetService(typeof(IConfiguration));
            var hostInfo = configuration.GetSection("RafHost").Get<HostInfo>();
            foreach (var endpoint in hostInfo.Endpoints.Values)
            {
                if (!endpoint.IsEnabled)
                {
                    continue;
                }

                options.Listen(IPAddress.Parse(endpoint.Address), endpoint.Port, listen =>
                {
                    if (endpoint.Certificate != null)
                    {
                        listen.UseHttps(Path.Combine(Directory.GetCurrentDirectory(), endpoint.Certificate.Path), endpoint.Certificate.Password);
                    }
                });
            }
        }

        public class HostInfo
        {
            public Dictionary<string, Endpoint> Endpoints { get; set; }
        }

        public class Endpoint
        {
            public bool IsEnabled { get; set; }
            public string Address { get; set; }
            public int Port { get; set; }
            public Certificate Certificate { get; set; }
        }

        public class Certificate
        {
            public string Source { get; set; }
            public string Path { get; set; }
            public string Password { get; set; }
        }
#endif
    }
}
