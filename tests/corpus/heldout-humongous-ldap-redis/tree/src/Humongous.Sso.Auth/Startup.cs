using HealthChecks.UI.Client;
using Humongous.Sso.Auth.Events;
using Humongous.Sso.Auth.HealthChecks;
using Humongous.Sso.Auth.Utils.Config;
using Humongous.Sso.Auth.Utils.Extensions;
using Humongous.Sso.Core.Models.Config;
using Humongous.Sso.Mvc.OpenApiSpec;
using IdentityServer.LdapExtension.Extensions;
using IdentityServer.LdapExtension.UserModel;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Humongous.Sso.Auth
{
    public class Startup
    {
        private const string CorsPolicy = "PortalOrigins";
        private readonly AppSettings appSettings;
        private readonly IConfiguration configuration;
        private readonly IWebHostEnvironment env;

        public Startup(IConfiguration configuration, IWebHostEnvironment env)
        {
            this.configuration = configuration;
            this.env = env;
            this.appSettings = new AppSettings();
            this.configuration.Bind(this.appSettings);
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();
            services.AddSession();

            services.Configure<AppSettings>(this.configuration);
            AppSettingProvider.Global = this.appSettings.Global;
            AppSettingProvider.AllowedCrossDomains = this.appSettings.AllowedCrossDomains;

            services.AddOpenApiSpec();

            var builder = services.AddIdentityServer(options =>
            {
                // options.IssuerUri = "https://localhost:6001";
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;
                options.Discovery.ResponseCacheInterval = 60;
            });

            if (this.env.IsDevelopment())
            {
                builder.AddDeveloperSigningCredential();
            }
            else
            {
                // Alternatives kept for reference:
                // builder.AddSigningCredentialsByFile(this.appSettings);
                // builder.AddSigningCredentialByCert(this.appSettings);
                builder.AddSigningCredentialByRedis(this.appSettings);
            }

            builder.AddInMemoryIdentityResources(InMemoryInitConfig.GetIdentityResources());
            builder.AddInMemoryApiResources(InMemoryInitConfig.GetApiResources());
            builder.AddInMemoryClients(InMemoryInitConfig.GetClients());
            builder.AddLdapUsers<OpenLdapAppUser>(this.configuration.GetSection("LdapServer"), UserStore.InMemory);

            services.AddMemoryCache();
            services.AddCacheServices();

            services.AddScoped<IEventSink, UserProfileCacheSink>();

            // services.AddCustomCors(CorsPolicy, this.appSettings.AllowedCrossDomains);

            services.AddHealthChecks()
                .AddCheck("OpenLDAP", new OpenLdapHealthCheck(this.appSettings), HealthStatus.Unhealthy, new[] { "openldap" });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env, IApiVersionDescriptionProvider provider)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseDefaultFiles();
            app.UseStaticFiles();

            // app.UseCors(CorsPolicy);

            app.UseCustomSwagger(provider);

            app.UseIdentityServer();

            app.UseSession();

            app.UseHttpsRedirection();

            app.UseRouting();

            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
                endpoints.MapHealthChecks("/health", new HealthCheckOptions
                {
                    Predicate = _ => true,
                    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
                });
            });
        }
    }
}
