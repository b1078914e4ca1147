using System;
using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Contoso.Polls.Api.Builders
{
    internal static class HealthChecksBuilder
    {
        public static IServiceCollection AddHealthChecksConfiguration(this IServiceCollection services,
            IConfiguration configuration)
        {
            services.AddHealthChecks()
                .AddSqlServer(configuration.GetConnectionString("PollsContext"),
                    name: "polls-db", tags: new[] { "ready" })
                .AddRedis($"{configuration["REDIS_URL"]},ssl={configuration["REDIS_SSL"]},password={configuration["REDIS_PASSWORD"]}",
                    name: "redis", tags: new[] { "ready" }, failureStatus: HealthStatus.Degraded)
                .AddUrlGroup(new Uri($"{configuration["IDENTITY_PROVIDER_BACKCHANNEL_URL"]}/.well-known/openid-configuration"),
                    name: "identity-provider", tags: new[] { "ready" });

            return services;
        }

        public static IEndpointRouteBuilder UseHealthChecksConfiguration(this IEndpointRouteBuilder endpoints)
        {
            endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains("ready"),
                ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
            });
            endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });

            return endpoints;
        }
    }
}
