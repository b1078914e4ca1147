using Azure.Monitor.OpenTelemetry.Exporter;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Vehement.Identity.WebApi.DependencyInjection;

public static class OpenTelemetryInstaller
{
    public static void AddVehementTelemetry(this WebApplicationBuilder builder)
    {
        var monitor = builder.Configuration.GetConnectionString("ApplicationInsights");
        if (string.IsNullOrWhiteSpace(monitor))
            return;

        var service = builder.Environment.ApplicationName;

        builder.Logging.AddOpenTelemetry(o =>
        {
            o.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(service));
            o.AddAzureMonitorLogExporter(e => e.ConnectionString = monitor);
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(service))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(MassTransit.Logging.DiagnosticHeaders.DefaultListenerName)
                .AddAzureMonitorTraceExporter(e => e.ConnectionString = monitor))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(MassTransit.Monitoring.InstrumentationOptions.MeterName)
                .AddAzureMonitorMetricExporter(e => e.ConnectionString = monitor));
    }
}
