using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Fabrikam.Sso.Host.Health;

internal static class HealthChecksBuilderExtensions
{
    // Pushes every health report to Application Insights as an event with a status metric.
    public static IHealthChecksBuilder AddAppInsightsHealthPublisher(this IHealthChecksBuilder builder, string? connectionString)
    {
        builder.Services.AddSingleton<IHealthCheckPublisher>(provider =>
            new AppInsightsHealthPublisher(provider.GetRequiredService<IOptions<TelemetryConfiguration>>(), connectionString));
        return builder;
    }
}

internal sealed class AppInsightsHealthPublisher : IHealthCheckPublisher
{
    private readonly TelemetryClient _client;

    public AppInsightsHealthPublisher(IOptions<TelemetryConfiguration> telemetry, string? connectionString)
    {
        var configuration = telemetry.Value;
        if (!string.IsNullOrEmpty(connectionString))
        {
            configuration.ConnectionString = connectionString;
        }
        _client = new TelemetryClient(configuration);
    }

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        _client.TrackMetric("SignInHealth", report.Status == HealthStatus.Healthy ? 1 : 0);
        return Task.CompletedTask;
    }
}
