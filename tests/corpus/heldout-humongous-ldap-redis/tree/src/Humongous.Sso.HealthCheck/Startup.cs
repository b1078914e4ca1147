using System;
using System.Net.Http;
using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Humongous.Sso.HealthCheck
{
    /// <summary>
    /// Monitoring dashboard polling the other services' /health endpoints.
    /// </summary>
    public class Startup
    {
        public Startup(IConfiguration configuration) => this.Configuration = configuration;

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllers();

            var redis = this.Configuration["HealthChecks:Redis"];
            var tokenService = this.Configuration["HealthChecks:TokenService"];

            services.AddHealthChecks()
                .AddRedis(redis, name: "Redis", tags: new[] { "redis" });
                // .AddIdentityServer(new Uri(tokenService), name: "Token service discovery", tags: new[] { "idsrv" }) // fails inside docker

            services.AddHealthChecksUI(setup =>
            {
                setup.SetEvaluationTimeInSeconds(10);
                setup.UseApiEndpointHttpMessageHandler(_ => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true
                });
                setup.AddHealthCheckEndpoint("Auth", "https://host.docker.internal:6001/health");
                setup.AddHealthCheckEndpoint("Backend", "https://host.docker.internal:5001/health");
            }).AddInMemoryStorage();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseHttpsRedirection();
            app.UseRouting();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
                endpoints.MapHealthChecksUI();
                endpoints.MapHealthChecks("/health", new HealthCheckOptions
                {
                    Predicate = _ => true,
                    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
                });
            });
        }
    }
}
