using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Stark.IdentityServer
{
    // Used by `dotnet run` on a developer machine; Lambda starts through LambdaEntryPoint.
    public class Program
    {
        public static void Main(string[] args) => CreateHostBuilder(args).Build().Run();

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration))
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>());
    }
}
