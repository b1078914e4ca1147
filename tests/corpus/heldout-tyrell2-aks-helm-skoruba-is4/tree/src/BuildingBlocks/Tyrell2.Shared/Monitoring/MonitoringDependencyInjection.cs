using System;
using System.Reflection;
using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Prometheus;

namespace Tyrell2.Shared.Monitoring
{
    public static class MonitoringDependencyInjection
    {
        public static IServiceCollection AddMonitoring(this IServiceCollection services, Func<IHealthChecksBuilder, IHealthChecksBuilder>? healthChecks = null)
        {
            using var provider = services.BuildServiceProvider();
            var configuration = provider.GetRequiredService<IConfiguration>();
            var tracing = configuration.GetSection("OpenTelemetry:Tracing").Get<TracingOptions>() ?? new TracingOptions();

            if (string.IsNullOrEmpty(tracing.ServiceName))
            {
                tracing.ServiceName = Assembly.GetCallingAssembly().GetName().Name;
            }

            if (string.IsNullOrEmpty(tracing.Endpoint))
            {
                tracing.Endpoint = "http://zipkin:9411/api/v2/spans";
            }

            var builder = healthChecks is null ? services.AddHealthChecks() : healthChecks(services.AddHealthChecks());
            builder.ForwardToPrometheus();

            services.AddOpenTelemetryTracing(b => b
                .SetSampler(new AlwaysOnSampler())
                .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(tracing.ServiceName))
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSqlClientInstrumentation(o => o.SetDbStatementForText = true)
                .AddZipkinExporter(o => o.Endpoint = new Uri(tracing.Endpoint)));

            return services;
        }

        public static void UseMonitoring(this IApplicationBuilder app)
        {
            app.UseHttpMetrics();
        }

        public static void MapHealthChecks(this IEndpointRouteBuilder endpoints)
        {
            endpoints.MapHealthChecks("/health/readiness", new HealthCheckOptions
            {
                ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
            });
            endpoints.MapHealthChecks("/health/liveness", new HealthCheckOptions
            {
                Predicate = r => r.Name.Contains("self"),
                ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
            });
        }
    }
}
