using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodTools.Web.Areas.Identity.Data;

[assembly: HostingStartup(typeof(NodTools.Web.Areas.Identity.IdentityHostingStartup))]
namespace NodTools.Web.Areas.Identity
{
    // Scaffolded ASP.NET Core Identity for the web front end; unrelated to the token server.
    public class IdentityHostingStartup : IHostingStartup
    {
        public void Configure(IWebHostBuilder builder)
        {
            builder.ConfigureServices((context, services) =>
            {
                services.AddDbContext<IdentityDataContext>(options =>
                    options.UseNpgsql(context.Configuration.GetConnectionString("UsersDbContext")));

                services.AddDefaultIdentity<IdentityUser>(options => options.SignIn.RequireConfirmedAccount = true)
                    .AddEntityFrameworkStores<IdentityDataContext>();
            });
        }
    }
}
