using System.Threading.Tasks;
using Gringotts.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Gringotts.Vault.API
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
            DotNetEnv.Env.TraversePath().Load(".env");
            using var host = Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web
                    .UseStartup<Startup>()
                    .UseKestrel(kestrel =>
                    {
                        kestrel.ListenAnyIP(Servers.VaultAPI.Port);
                        kestrel.ListenAnyIP(5067); // metrics
                    }))
                .Build();
            await host.RunAsync();
        }
    }
}
