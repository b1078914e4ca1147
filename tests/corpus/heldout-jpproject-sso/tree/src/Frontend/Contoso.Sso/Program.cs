using Contoso.Sso.Util;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using System.Threading.Tasks;

namespace Contoso.Sso
{
    public class Program
    {
        private static readonly LoggerProviderCollection ExtraProviders = new LoggerProviderCollection();

        public static void Main(string[] args)
        {
            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Debug()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("System", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.File("contoso-sso-.log", rollingInterval: RollingInterval.Day)
                .WriteTo.Console()
                .WriteTo.Providers(ExtraProviders)
                .CreateLogger();

            var host = BuildHost(args).Build();

            // Seeds clients, resources and the first admin on every start.
            Task.WaitAll(SeedRunner.Run(host.Services.CreateScope()));

            host.Run();
        }

        public static IHostBuilder BuildHost(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web
                    .UseStartup<Startup>()
                    .UseSerilog(providers: ExtraProviders));
    }
}
