using System;

using Initrode.Identity.Api.Infrastructure;
using Initrode.Seedwork.Infrastructure.Extensions;

using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

using Serilog;

namespace Initrode.Identity.Api
{
    public class Program
    {
        public static int Main(string[] args)
        {
            try
            {
                var host = CreateWebHostBuilder(args).Build();

                Log.Information("Migrating the identity database before start...");

                host.MigrateDbContextWithRetryPolicy<IdentityDbContext>();

                host.Run();

                return 0;
            }
            catch (Exception exception)
            {
                Log.Fatal(exception, "Identity host terminated.");

                return 1;
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        public static IWebHostBuilder CreateWebHostBuilder(string[] args)
        {
            return WebHost.CreateDefaultBuilder<Startup>(args)
                .CaptureStartupErrors(false)
                .ConfigureAppConfiguration(
                    config =>
                    {
                        var current = config.Build();

                        var vault = new ConfigurationBuilder();

                        vault.AddAzureKeyVault(
                            $"https://{current["AzureKeyVault:Name"]}.vault.azure.net",
                            current["AzureKeyVault:ClientId"],
                            current["AzureKeyVault:ClientSecret"]);

                        config.AddConfiguration(vault.Build());
                    })
                .UseApplicationInsights()
                .UseSerilog(
                    (context, logger) =>
                    {
                        var seqUrl = context.Configuration["Serilog:Sink:Seq"];

                        logger.MinimumLevel.Verbose()
                            .Enrich.FromLogContext()
                            .WriteTo.Console()
                            .WriteTo.Seq(string.IsNullOrWhiteSpace(seqUrl) ? "http://seq" : seqUrl)
                            .ReadFrom.Configuration(context.Configuration);
                    });
        }
    }
}
