using System.Threading.Tasks;
using Gringotts.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gringotts.Identity
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
#if DEBUG
            DotNetEnv.Env.TraversePath().Load(".env.local");
#else
            DotNetEnv.Env.TraversePath().Load(".env");
#endif
            using var host = CreateHostBuilder(args).Build();
            await host.RunAsync();
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureLogging(logging =>
                {
                    logging.AddConsole();
                    logging.AddSimpleConsole();
                })
                .ConfigureWebHostDefaults(web =>
                {
                    web.UseStartup<Startup>()
                       .UseKestrel(kestrel =>
                       {
                           kestrel.Limits.MaxRequestBodySize = long.MaxValue;
                           kestrel.ListenAnyIP(Servers.IdentityServer.Port);
                           if (Servers.IdentityServer.IsSecure && Servers.IdentityServer.SSLCertificate != null)
                           {
                               kestrel.ListenAnyIP(443, listen => listen.UseHttps(Servers.IdentityServer.SSLCertificate));
                           }
                       });
                });
    }
}
