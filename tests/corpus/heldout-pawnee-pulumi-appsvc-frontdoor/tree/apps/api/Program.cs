using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Pawnee.Common.Configuration;

namespace Pawnee.Api
{
    public class Program
    {
        public static void Main(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) => VaultConfigurationSource.AddVault(config, config.Build()))
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .Build()
                .Run();
    }
}
