using Fabrikam.Shared.Config;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Fabrikam.Shared.Telemetry;

public static class TelemetrySetup
{
    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddBoundSettings<TelemetrySettings>();
        var settings = builder.Services.ReadSettings<TelemetrySettings>(nameof(TelemetrySettings));
        ArgumentException.ThrowIfNullOrEmpty(settings.SourceName);

        var serviceName = settings.ServiceName ?? builder.Environment.ApplicationName;

        if (settings.LoggingEnabled)
        {
            builder.Logging.AddOpenTelemetry(logs =>
            {
                logs.IncludeFormattedMessage = true;
                logs.IncludeScopes = true;
                logs.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(serviceName));
                logs.AddOtlpExporter(o => o.Endpoint = new Uri(settings.CollectorEndpoint));
            });
        }

        if (!settings.MetricsEnabled && !settings.TracingEnabled)
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName));

        if (settings.MetricsEnabled)
        {
            otel.WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(settings.SourceName)
                    .AddMeter("Microsoft.AspNetCore.Hosting")
                    .AddMeter("Microsoft.AspNetCore.Server.Kestrel")
                    .AddOtlpExporter(o =>
                    {
                        o.Endpoint = new Uri(settings.CollectorEndpoint);
                        o.Protocol = OtlpExportProtocol.Grpc;
                    });

                if (settings.ExposePrometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        }

        if (settings.TracingEnabled)
        {
            otel.WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(o => o.RecordException = true)
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddNpgsql()
                    .AddSource(settings.SourceName)
                    .AddOtlpExporter(o =>
                    {
                        o.Endpoint = new Uri(settings.CollectorEndpoint);
                        o.Protocol = OtlpExportProtocol.Grpc;
                    });
            });
        }

        return builder;
    }

    public static WebApplication UsePlatformTelemetry(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<TelemetrySettings>>().Value;

        if (settings.ExposePrometheus)
        {
            // scraped by Prometheus at /metrics
            app.UseOpenTelemetryPrometheusScrapingEndpoint();
        }

        return app;
    }
}
