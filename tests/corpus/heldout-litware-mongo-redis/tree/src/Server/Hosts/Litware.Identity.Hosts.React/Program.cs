using System.Threading.Tasks;
using Litware.Identity.Authorization.Seeders;
using Litware.Identity.Users.Authorization.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Litware.Identity.Hosts.React
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
            var host = Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .Build();

            await host.Services.Initialize();
            await host.Services.Initialize<ApplicationUser>();
            await host.RunAsync();
        }
    }
}
