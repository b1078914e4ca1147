using Fabrikam.Shared.Config;
using Fabrikam.Shared.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Fabrikam.Shared.Health;

public static class HealthEndpoints
{
    private const string AllChecksPath = "/health";
    private const string LivenessPath = "/alive";

    public static IServiceCollection AddPlatformHealth(this IServiceCollection services)
    {
        var settings = services.ReadSettings<HealthSettings>(nameof(HealthSettings));

        var checks = services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), ["live"]);

        if (settings.Enabled)
        {
            var postgres = services.ReadSettings<PostgresSettings>(nameof(PostgresSettings));
            if (!string.IsNullOrEmpty(postgres.ConnectionString))
            {
                checks.AddNpgSql(postgres.ConnectionString);
            }

            services.AddHealthChecksUI(ui => ui.AddHealthCheckEndpoint("self", AllChecksPath))
                .AddInMemoryStorage();
        }

        return services;
    }

    public static WebApplication MapPlatformHealth(this WebApplication app)
    {
        var settings = app.Configuration.ReadSettings<HealthSettings>(nameof(HealthSettings));

        // probes are only wired up for local development runs
        if (app.Environment.IsDevelopment())
        {
            app.MapHealthChecks(AllChecksPath);
            app.MapHealthChecks(LivenessPath, new HealthCheckOptions
            {
                Predicate = registration => registration.Tags.Contains("live"),
            });
        }

        if (settings.Enabled)
        {
            app.MapHealthChecksUI(ui => ui.UIPath = "/health-ui");
        }

        return app;
    }
}
