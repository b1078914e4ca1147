using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tyrell.Libraries.Shared.Configuration;

namespace Tyrell.Libraries.Shared.Abstractions;

public static class HealthEndpoints
{
    public static IHealthChecksBuilder AddBaselineChecks(
        this IHealthChecksBuilder checks,
        ElasticsearchSinkSettings elasticsearch,
        bool publishToApplicationInsights)
    {
        checks.AddCheck("Self", () => HealthCheckResult.Healthy());

        if (bool.Parse(elasticsearch.Enabled))
        {
            checks.AddElasticsearch(
                elasticsearchUri: elasticsearch.Url,
                name: "Elasticsearch",
                failureStatus: HealthStatus.Degraded,
                timeout: TimeSpan.FromSeconds(1.5));
        }

        if (publishToApplicationInsights)
        {
            checks.AddApplicationInsightsPublisher();
        }

        return checks;
    }

    public static IHealthChecksBuilder AddDatabaseCheck<TDbContext>(this IHealthChecksBuilder checks)
        where TDbContext : DbContext
    {
        checks.AddDbContextCheck<TDbContext>(name: "Database", failureStatus: HealthStatus.Unhealthy);
        return checks;
    }

    public static IHealthChecksBuilder AddIdentityServerCheck(this IHealthChecksBuilder checks, string authority)
    {
        checks.AddOpenIdConnectServer(new Uri(authority), name: "Identity Server", failureStatus: HealthStatus.Unhealthy);
        return checks;
    }

    public static IHealthChecksBuilder AddRabbitMQBrokerCheck(this IHealthChecksBuilder checks, string amqpUri)
    {
        checks.AddRabbitMQ(rabbitConnectionString: amqpUri, name: "RabbitMQ",
            failureStatus: HealthStatus.Degraded, timeout: TimeSpan.FromSeconds(1.5));
        return checks;
    }

    public static IHealthChecksBuilder AddServiceBusTopicCheck(this IHealthChecksBuilder checks, string connectionString, string topic)
    {
        checks.AddAzureServiceBusTopic(connectionString, topic,
            name: $"Service Bus topic {topic}", failureStatus: HealthStatus.Degraded);
        return checks;
    }

    // Paths come from configuration: "HealthCheckEndpoint" runs every registered check,
    // "LivenessCheckEndpoint" only the "Self" check
    public static WebApplication MapTyrellHealthEndpoints(this WebApplication app)
    {
        var endpoints = app.Configuration.Get<HealthCheckEndpointOptions>()
            ?? throw new InvalidOperationException("HealthCheckEndpoint/LivenessCheckEndpoint are missing");

        app.MapHealthChecks(endpoints.HealthCheckEndpoint, new HealthCheckOptions
        {
            ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
        });

        app.MapHealthChecks(endpoints.LivenessCheckEndpoint, new HealthCheckOptions
        {
            Predicate = registration => registration.Name is "Self",
            ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
        });

        return app;
    }
}
