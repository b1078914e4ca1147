using Contoso.Api.Admin.Configuration;
using Contoso.Data.Context;
using IdentityServer4.AccessTokenValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contoso.Api.Admin
{
    public class Startup
    {
        public IConfiguration Configuration { get; }

        public Startup(IConfiguration configuration) => Configuration = configuration;

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllers();
            services.AddStoreContext<IdentityStoreContext>(
                (Configuration.GetValue<StoreEngine>("Sso:StoreEngine"), Configuration.GetConnectionString("IdentityDb")));

            // Same application name and store as the SSO, so both read the same key ring.
            services.AddDataProtection().SetApplicationName("contoso-sso").PersistKeysToDbContext<IdentityStoreContext>();

            services.AddOpenCors();

            services
                .AddAuthentication(IdentityServerAuthenticationDefaults.AuthenticationScheme)
                .AddIdentityServerAuthentication(o =>
                {
                    o.Authority = Configuration["Sso:Authority"];
                    o.ApiName = "contoso_api";
                    o.RequireHttpsMetadata = false;
                });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (!env.IsDevelopment())
            {
                app.UseHsts();
                app.UseHttpsRedirection();
            }

            app.UseOpenCors();
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(e => e.MapControllers());
        }
    }
}
