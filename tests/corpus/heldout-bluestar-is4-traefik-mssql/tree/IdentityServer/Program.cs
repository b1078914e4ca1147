using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using System;

namespace IdentityServer
{
    public class Program
    {
        public static int Main(string[] args)
        {
            // Serilog replaces the Logging section of appsettings for the whole host.
            Log.Logger = new LoggerConfiguration()
                         .MinimumLevel.Debug()
                         .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                         .MinimumLevel.Override("System", LogEventLevel.Warning)
                         .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
                         .Enrich.FromLogContext()
                         .WriteTo.Sentry(s =>
                         {
                             s.MinimumBreadcrumbLevel = LogEventLevel.Debug;
                             s.MinimumEventLevel = LogEventLevel.Error;
                         })
                         .WriteTo.Console()
                         .CreateLogger();

            try
            {
                Log.Information("Bluestar identity host starting");
                CreateHostBuilder(args).Build().Run();
                return 0;
            }
            catch(Exception ex)
            {
                Log.Fatal(ex, "Bluestar identity host stopped unexpectedly");
                return 1;
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
                    web.UseStartup<Startup>();
                    web.UseSentry();
                    web.UseSerilog();
                });
    }
}
