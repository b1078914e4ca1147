using System;
using Massive.Utils;
using Massive.Utils.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Massive.IdentityServer
{
    public class Program
    {
        public static int Main(string[] args)
        {
            try
            {
                IHost host = CreateHostBuilder(args).Build();

                var logger = host.Services.GetRequiredService<ILogger<Program>>();
                logger.LogDebug("Starting with arguments: " + string.Join(" ", args));

                var configuration = host.Services.GetRequiredService<IConfiguration>();
                CultureHelper.ApplyUiCulture(configuration, logger);

                host.Run();
                return 0;
            }
            catch
            {
                return 1;
            }
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureLogging(logging =>
                    logging.ClearProviders()
                        .AddMassiveFileLogger())
                .ConfigureWebHostDefaults(web =>
                {
                    web.UseStartup<Startup>();
                })
                .ConfigureServices((context, services) =>
                {
                    services.AddHostedService<MainBackgroundService>();
                })
                .UseWindowsService();
    }
}
