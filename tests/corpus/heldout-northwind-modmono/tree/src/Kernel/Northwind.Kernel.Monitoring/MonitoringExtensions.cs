using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Prometheus;

namespace Northwind.Kernel.Monitoring;

public static class MonitoringExtensions
{
    public static IServiceCollection AddKernelMonitoring(this IServiceCollection services, Action<IHealthChecksBuilder>? checks = null)
    {
        var healthChecks = services.AddHealthChecks().ForwardToPrometheus();
        checks?.Invoke(healthChecks);
        return services;
    }

    public static IApplicationBuilder UseKernelMonitoring(this IApplicationBuilder app)
    {
        app.UseHttpMetrics();

        app.UseHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => true,
            ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse,
        });

        app.UseHealthChecks("/health/db", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("db"),
            AllowCachingResponses = false,
        });

        app.UseHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = _ => true,
            AllowCachingResponses = false,
        });

        return app;
    }
}
