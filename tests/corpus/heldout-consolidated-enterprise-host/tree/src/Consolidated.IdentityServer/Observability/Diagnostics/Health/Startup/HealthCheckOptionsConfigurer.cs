using Consolidated.IdentityServer.Observability.Diagnostics.Health.Checks;
using Consolidated.Platform.Hosting.AspNetCore.Startup.Options;
using Consolidated.Platform.Hosting.AspNetCore.Startup.Options.Abstract;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consolidated.IdentityServer.Observability.Diagnostics.Health.Startup;

// Adds to the health checks the platform maps at HealthChecks:UrlPattern.
internal sealed class HealthCheckOptionsConfigurer : IConfigureAppOptions
{
    public static void Configure(AppOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        options.ConfigureHealthChecks(health =>
        {
            health.AddHealthChecks += builder =>
            {
                builder.AddCheck<DuendeLicenseHealthCheck>(
                    "idsrv-license",
                    failureStatus: HealthStatus.Degraded,
                    tags: ["license"]);
            };

            health.MapHealthChecks += app =>
            {
                app.MapHealthChecks("/license-health", new HealthCheckOptions
                {
                    Predicate = registration => registration.Tags.Contains("license")
                });
            };
        });
    }
}
