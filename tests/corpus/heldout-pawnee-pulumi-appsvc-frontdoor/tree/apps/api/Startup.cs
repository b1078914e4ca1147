using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.FeatureManagement;
using Pawnee.Common.Extensions;
using Pawnee.Common.Options;
using Pawnee.Infrastructure.Cache;
using Pawnee.Infrastructure.Services;

namespace Pawnee.Api
{
    // The web app / API: signs users in against the identity host, not an IdentityServer itself.
    public class Startup : SharedUI.SharedStartup
    {
        public Startup(IConfiguration configuration, IWebHostEnvironment env)
        {
            Configuration = configuration;
            HostingEnvironment = env;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            ConfigureSharedServices(services);

            if (HostingEnvironment.IsProduction() || Configuration.UsesPersistentStores())
            {
                var cosmos = new CosmosOptions();
                Configuration.GetSection("Cosmos").Bind(cosmos);
                services.AddCosmosDistributedCache(cosmos);
                services.AddVaultWrappedBlobDataProtection(
                    Configuration["Storage:StorageConnectionString"], "key-container", "keys.xml", Configuration["kvUri"], "PawneeWeb");
            }
            else
            {
                services.AddDistributedMemoryCache();
            }

            services.AddFeatureManagement();
            services.AddAuthentication(o =>
                {
                    o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                    o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
                })
                .AddCookie()
                .AddOpenIdConnect(o =>
                {
                    o.Authority = "https://" + Configuration["ExternalServices:IdentityBaseUrl"];
                    o.ClientId = "pawnee-web";
                    o.ClientSecret = Configuration["MvcClientSecret"];
                    o.ResponseType = "id_token token";
                    o.SaveTokens = true;
                });
            services.AddControllersWithViews();
        }

        public void Configure(IApplicationBuilder app)
        {
            ConfigureSharedPipeline(app);
            app.UseStaticFiles();
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(e => e.MapDefaultControllerRoute());
        }
    }
}
