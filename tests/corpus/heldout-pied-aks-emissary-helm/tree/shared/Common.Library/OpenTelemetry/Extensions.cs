using Common.Library.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Common.Library.OpenTelemetry;

public static class Extensions
{
    // used by the MassTransit services (menu, inventory, order); not called by IdentityService
    public static IServiceCollection AddTracing(this IServiceCollection services, IConfiguration config)
    {
        services.AddOpenTelemetryTracing(builder =>
        {
            var serviceSettings = config.GetRequiredSection(nameof(ServiceSettings)).Get<ServiceSettings>()
                                  ?? throw new InvalidOperationException("Service settings are missing.");
            var jaeger = config.GetRequiredSection(nameof(JaegerSettings)).Get<JaegerSettings>()
                         ?? throw new InvalidOperationException("Jaeger settings are missing.");

            builder.AddSource(serviceSettings.ServiceName)
                .AddSource("MassTransit")
                .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(serviceSettings.ServiceName))
                .AddHttpClientInstrumentation()
                .AddAspNetCoreInstrumentation()
                .AddJaegerExporter(o =>
                {
                    o.AgentHost = jaeger.Host;
                    o.AgentPort = jaeger.Port;
                });
        });

        return services;
    }

    public static IServiceCollection AddMetrics(this IServiceCollection services, IConfiguration config)
    {
        services.AddOpenTelemetryMetrics(builder =>
        {
            var settings = config.GetRequiredSection(nameof(ServiceSettings)).Get<ServiceSettings>()
                           ?? throw new InvalidOperationException("Service settings are missing.");
            builder.AddMeter(settings.ServiceName)
                .AddMeter("MassTransit")
                .AddHttpClientInstrumentation()
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter();
        });

        return services;
    }
}
