using Litware.Identity.Authorization.Extensions;
using Litware.Identity.Authorization.Seeders;
using Litware.Identity.Hosts.Mvc.Resources;
using Litware.Identity.Hosts.Server.Mvc;
using Litware.Identity.Users.Authorization;
using Litware.Identity.Users.Authorization.Services;
using Litware.Identity.Users.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Litware.Identity.Hosts.Mvc
{
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services
                .AddControllersWithViews()
                .AddIdentityServerUserInteraction(config => { config.Scope = "accounts.manage"; })
                .AddIdentityServerUserInteractionMvc();

            services.AddAuthentication(options =>
            {
                options.DefaultScheme = "Cookies";
                options.DefaultChallengeScheme = "oidc";
            });

            services
                .AddIdentityServerMongoDb()
                .AddRedisCache()
                .AddDeveloperSigningCredential()
                .AddIdentityServerUserAuthorization<ApplicationUser, ApplicationRole>()
                .SeedUsers<ApplicationUser, SeedAdminUser>()
                .SeedClients<ApiClients>()
                .SeedClients<InteractiveClients>()
                .SeedApiResources<AccountsApiResource>()
                .SeedApiScope<AccountsApiScopes>()
                .SeedIdentityResource<StandardIdentityResources>();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseExceptionHandler("/Home/Error");

            if (env.IsDevelopment())
            {
                //app.UseDeveloperExceptionPage();
            }
            else
            {
                // default HSTS max-age (30 days)
                app.UseHsts();
            }

            app.UseHttpsRedirection();
            app.UseStaticFiles();

            app.UseRouting();

            app.UseIdentityServer();
            app.UseAuthentication();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
            });
        }
    }
}
