using System;
using System.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Southridge.Identity.Internals.Data.Seeds.Auxiliary;
using Southridge.Identity.Internals.Data.Seeds.Main;

namespace Southridge.Identity
{
    public class Program
    {
        public static int Main(string[] args)
        {
            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Debug()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
                .MinimumLevel.Override("System", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.Console()
                .CreateLogger();

            try
            {
                bool seed = args.Contains("seed");

                if (seed)
                    args = args.Except(new[] { "seed" }).ToArray();

                IHost host = CreateHostBuilder(args).Build();

                if (seed)
                {
                    Log.Information("Migrating and seeding the databases");

                    IConfiguration configuration = host.Services.GetRequiredService<IConfiguration>();

                    UsersDatabaseSeeder.Run(configuration);
                    GrantsDatabaseMigrator.Run(configuration);
                    ClientsDatabaseSeeder.Run(configuration);

                    return 0;
                }

                Log.Information("Starting Southridge identity host");
                host.Run();
                return 0;
            }
            catch (Exception ex)
            {
                Log.Fatal(ex, "Southridge identity host stopped unexpectedly");
                return 1;
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .UseSerilog()
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>());
    }
}
