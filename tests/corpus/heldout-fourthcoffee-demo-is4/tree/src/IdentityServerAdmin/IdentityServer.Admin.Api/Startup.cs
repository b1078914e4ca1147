using System;
using IdentityServer4.AccessTokenValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IdentityServer.Admin.Api
{
    // Admin API: validates tokens from the identity server, does not host it.
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var identityServerUri = Configuration["AdminApiConfiguration:IdentityServerBaseUrl"];

            services.AddAuthentication(IdentityServerAuthenticationDefaults.AuthenticationScheme)
                .AddIdentityServerAuthentication(options =>
                {
                    options.Authority = identityServerUri;
                    options.ApiName = "fc_admin_api";
                    options.RequireHttpsMetadata = false;
                });

            services.AddCors(options => options.AddDefaultPolicy(policy =>
            {
                if (Configuration.GetValue("AdminApiConfiguration:CorsAllowAnyOrigin", false))
                {
                    policy.AllowAnyOrigin();
                }
                policy.AllowAnyHeader().AllowAnyMethod();
            }));

            services.AddHealthChecks()
                .AddIdentityServer(new Uri(identityServerUri), "Identity Server");

            services.AddControllers();
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseRouting();
            app.UseCors();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
                endpoints.MapHealthChecks("/health");
            });
        }
    }
}
