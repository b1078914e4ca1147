using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pawnee.Common.Configuration;

namespace Pawnee.Identity
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
            await CreateHostBuilder(args).Build().RunAsync();
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) =>
                {
                    // kvUri arrives as an App Service setting; every secret after that comes from the vault
                    config.AddEnvironmentVariables();
                    var bootstrap = config.Build();
                    VaultConfigurationSource.AddVault(config, bootstrap);
                })
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>());
    }
}
