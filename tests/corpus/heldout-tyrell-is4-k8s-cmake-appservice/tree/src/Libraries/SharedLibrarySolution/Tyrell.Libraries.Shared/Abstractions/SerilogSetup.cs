using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Enrichers.Span;
using Serilog.Events;
using Serilog.Sinks.Elasticsearch;
using System.Reflection;
using Tyrell.Libraries.Shared.Configuration;

namespace Tyrell.Libraries.Shared.Abstractions;

public static class SerilogSetup
{
    public static IHostBuilder UseTyrellSerilog(this IHostBuilder hostBuilder, BuilderDefaultsModel model)
    {
        var version = model.OriginAssembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        hostBuilder.UseSerilog((context, services, logger) =>
        {
            // levels come from the "Serilog" section of configuration
            logger
                .ReadFrom.Configuration(context.Configuration)
                .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.With<ActivityEnricher>()
                .Enrich.WithProperty("App", model.DisplayName)
                .Enrich.WithProperty("Version", version)
                .WriteTo.Console();

            var elasticsearch = context.Configuration.GetSection("LoggingSinks:Elasticsearch").Get<ElasticsearchSinkSettings>()!;

            if (bool.Parse(elasticsearch.Enabled))
            {
                logger.WriteTo.Elasticsearch(new ElasticsearchSinkOptions(new Uri(elasticsearch.Url))
                {
                    AutoRegisterTemplate = true,
                    AutoRegisterTemplateVersion = AutoRegisterTemplateVersion.ESv7,
                    IndexFormat = "tyrell-logs-{0:yyyy.MM.dd}",
                    MinimumLogEventLevel = LogEventLevel.Debug
                });
            }

            var appInsights = context.Configuration.GetSection("AppInsights").Get<ExternalServiceOptions>()!;

            if (appInsights.Enabled)
            {
                logger.WriteTo.ApplicationInsights(
                    services.GetRequiredService<TelemetryConfiguration>(),
                    TelemetryConverter.Events);
            }
        });

        return hostBuilder;
    }
}
