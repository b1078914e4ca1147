using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Wwi.Common.Configuration;

namespace Wwi.Identity.Service
{
    public class Program
    {
        public static void Main(string[] args)
        {
            CreateHostBuilder(args).Build().Run();
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAzureKeyVault() // pull settings from Azure Key Vault
                .ConfigureWebHostDefaults(webBuilder =>
                {
                    webBuilder.UseStartup<Startup>();
                });
    }
}
