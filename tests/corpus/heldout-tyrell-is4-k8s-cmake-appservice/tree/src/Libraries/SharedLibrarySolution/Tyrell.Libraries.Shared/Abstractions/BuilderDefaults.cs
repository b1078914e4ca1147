using ConfigurationSubstitution;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tyrell.Libraries.Shared.Configuration;

namespace Tyrell.Libraries.Shared.Abstractions;

public static class BuilderDefaults
{
    // Every web app in the solution starts with this call
    public static WebApplicationBuilder AddTyrellDefaults(
        this WebApplicationBuilder builder,
        BuilderDefaultsModel model)
    {
        var appConfig = builder.Configuration.GetSection("AzureAppConfig").Get<ExternalServiceOptions>()
            ?? throw new InvalidOperationException("AzureAppConfig section is missing");

        if (appConfig.Enabled)
        {
            // 'SystemDegraded' is the sentinel key flipped by a function app (feature flag for a banner)
            builder.Configuration.AddAzureAppConfiguration(options =>
            {
                options
                    .Connect(appConfig.ConnectionString)
                    .Select("*")
                    .ConfigureRefresh(refresh =>
                    {
                        refresh.Register("SystemDegraded", refreshAll: true);
                        refresh.SetCacheExpiration(TimeSpan.FromSeconds(30));
                    });
            });
        }

        // must stay the last configuration source: resolves "$(key ?? fallback)" placeholders
        builder.Configuration.EnableSubstitutionsWithDelimitedFallbackDefaults("$(", ")", " ?? ");

        builder.Logging.ClearProviders();
        builder.Host.UseTyrellSerilog(model);

        var appInsights = builder.Configuration.GetSection("AppInsights").Get<ExternalServiceOptions>()
            ?? throw new InvalidOperationException("AppInsights section is missing");

        if (appInsights.Enabled)
        {
            builder.Services.AddApplicationInsightsTelemetry(options =>
                options.ConnectionString = appInsights.ConnectionString);
            builder.Services.AddApplicationInsightsKubernetesEnricher();
        }

        var elasticsearch = builder.Configuration.GetSection("LoggingSinks:Elasticsearch").Get<ElasticsearchSinkSettings>()
            ?? throw new InvalidOperationException("LoggingSinks:Elasticsearch section is missing");

        builder.Services.AddHealthChecks()
            .AddBaselineChecks(elasticsearch, appInsights.Enabled);

        if (appConfig.Enabled)
        {
            builder.Services.AddAzureAppConfiguration();
        }

        return builder;
    }
}
