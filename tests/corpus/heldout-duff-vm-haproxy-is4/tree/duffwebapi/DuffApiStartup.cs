using System;
using ConfigurationManager;
using GoogleTracer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RedisClient;

namespace duff_webapi
{
    // Phone-facing API: sign-up, device certificates, push notifications and the login sessions
    // the identity service polls. Served under https://duff-cloud.io/duffapi.
    public class DuffApiStartup
    {
        public DuffApiStartup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var identityUrl = Environment.GetEnvironmentVariable("IdentityUrl") ?? Configuration.GetValue<string>("AppSetting:IdentityUrl");
            var projectId = Environment.GetEnvironmentVariable("projectId") ?? Configuration.GetValue<string>("AppSetting:projectId");

            Tracer.SetupTracer(services, projectId, "DuffApi");

            services.AddControllers();
            services.AddSingleton<AppSetting>(new AppSetting(Configuration));
            services.AddSingleton<IRedisService, RedisService>();

            services.AddAuthentication("Bearer")
                .AddJwtBearer("Bearer", options =>
                {
                    options.Authority = identityUrl;
                    options.TokenValidationParameters.ValidateAudience = false;
                });

            services.AddHealthChecks();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.Map(new PathString("/duffapi"), api =>
            {
                api.UseRouting();
                api.UseAuthentication();
                api.UseAuthorization();
                api.UseHealthChecks("/health");
                api.UseEndpoints(endpoints => endpoints.MapControllers());
            });
        }
    }
}
