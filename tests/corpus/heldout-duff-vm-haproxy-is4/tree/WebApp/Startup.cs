using System;
using ConfigurationManager;
using GoogleTracer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WebApp
{
    // Sample relying party at https://duff-cloud.io: signs users in through the duff identity service.
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var identityUrl = Environment.GetEnvironmentVariable("IdentityUrl") ?? Configuration.GetValue<string>("AppSetting:IdentityUrl");
            var clientId = Environment.GetEnvironmentVariable("ClientId") ?? Configuration.GetValue<string>("AppSetting:ClientId");
            var secret = Environment.GetEnvironmentVariable("ClientSecret") ?? Configuration.GetValue<string>("AppSetting:ClientSecret");
            var projectId = Environment.GetEnvironmentVariable("projectId") ?? Configuration.GetValue<string>("AppSetting:projectId");

            Tracer.SetupTracer(services, projectId, "DuffWebApp");

            services.AddSingleton<AppSetting>();
            services.AddScoped<WebAppDbContext>();
            services.AddDataProtection()
                .SetApplicationName("WebApp")
                .PersistKeysToDbContext<WebAppDbContext>();

            services.AddAuthentication(options =>
                {
                    options.DefaultScheme = "Cookies";
                    options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
                })
                .AddCookie("Cookies", options =>
                {
                    options.SlidingExpiration = true;
                    options.ExpireTimeSpan = TimeSpan.FromDays(30);
                })
                .AddOpenIdConnect(options =>
                {
                    options.Authority = identityUrl;
                    options.ClientId = clientId;
                    options.ClientSecret = secret;
                    options.ResponseType = "code";
                    options.CallbackPath = "/oauth/callback";
                    options.SaveTokens = true;
                });

            services.AddHealthChecks();
            services.AddMvc(x => { x.EnableEndpointRouting = false; });
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseRouting();
            app.UseForwardedHeaders();
            app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.UseAuthentication();
            app.UseHealthChecks("/health");
            app.UseMvc(routes => routes.MapRoute("default", "{controller}/{action}/{id?}"));
        }
    }
}
