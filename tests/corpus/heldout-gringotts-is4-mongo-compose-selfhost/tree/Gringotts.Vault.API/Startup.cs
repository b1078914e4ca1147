using System;
using System.Threading.Tasks;
using Gringotts.Common;
using Gringotts.Common.Extensions;
using Gringotts.Data;
using Gringotts.Data.DbContexts;
using IdentityModel.AspNetCore.OAuth2Introspection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using StackExchange.Redis;

namespace Gringotts.Vault.API
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
            services.AddSingleton(MongoDbContext.CreateMongoDbClient(new DbSettings
            {
                ConnectionString = Constants.MONGODB_CONNECTION_STRING,
                DatabaseName = Constants.MONGODB_DATABASE_NAME
            }));

            services.AddDefaultCors();

            // introspection results are cached per process
            services.AddDistributedMemoryCache(cache => cache.SizeLimit = 262144000L);

            services.AddAuthentication("introspection")
                .AddOAuth2Introspection("introspection", introspection =>
                {
                    introspection.Authority = Servers.IdentityServer.ToString();
                    introspection.ClientId = "vault";
                    introspection.ClientSecret = Constants.VAULT_API_SECRET;
                    introspection.DiscoveryPolicy.RequireHttps = false;
                    introspection.EnableCaching = true;
                    introspection.CacheDuration = TimeSpan.FromMinutes(30);
                });
            services.AddAuthorization();

            services.AddControllers();
            services.AddHealthChecks();

            var signalR = services.AddSignalR(hub => hub.MaximumReceiveMessageSize = 100 * 1024 * 1024);
            if (!string.IsNullOrEmpty(Constants.SIGNALR_REDIS_CONNECTION_STRING))
            {
                services.AddHealthChecks()
                        .AddRedis(Constants.SIGNALR_REDIS_CONNECTION_STRING, tags: ["ready"]);
                signalR.AddStackExchangeRedis(redis =>
                {
                    redis.Configuration = ConfigurationOptions.Parse(Constants.SIGNALR_REDIS_CONNECTION_STRING);
                    redis.Configuration.AbortOnConnectFail = false;
                });
            }

            services.AddOpenTelemetry()
                    .ConfigureResource(resource => resource.AddService(serviceName: "Gringotts.Vault.API"))
                    .WithMetrics(metrics => metrics
                        .AddMeter("Gringotts.Vault.API.Metrics.Sync")
                        .AddPrometheusExporter());
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseForwardedHeadersWithKnownProxies(env);

            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Request.Path == "/metrics" && context.Connection.LocalPort == 5067);

            app.UseCors("gringotts");
            app.UseVersion(Servers.VaultAPI);

            app.UseRouting();
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
