using Contoso.Admin.UI.Helpers;
using Contoso.EntityFramework.Shared.DbContexts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contoso.Admin
{
    public class Startup
    {
        public Startup(IWebHostEnvironment environment, IConfiguration configuration)
        {
            HostEnvironment = environment;
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }
        public IWebHostEnvironment HostEnvironment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            // OIDC client of the token service, plus the management screens
            services.AddAdminScreens<MemberDbContext, ClientStoreDbContext, GrantStoreDbContext, KeyRingDbContext>(Configuration, HostEnvironment.IsDevelopment());
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseRouting();
            app.UseAdminScreens();
            app.UseEndpoints(endpoints => endpoints.MapAdminScreens());
        }
    }
}
