using Microsoft.AspNetCore.Hosting;

[assembly: HostingStartup(typeof(Sirius.WebUI.Areas.Identity.IdentityHostingStartup))]

namespace Sirius.WebUI.Areas.Identity
{
    // Scaffolded by the Identity UI; all registrations happen in AddInfrastructure.
    public class IdentityHostingStartup : IHostingStartup
    {
        public void Configure(IWebHostBuilder builder)
        {
            builder.ConfigureServices((context, services) => { });
        }
    }
}
