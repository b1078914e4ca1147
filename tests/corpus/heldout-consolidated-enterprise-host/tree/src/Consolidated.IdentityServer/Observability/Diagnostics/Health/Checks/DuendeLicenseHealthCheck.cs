using Duende.IdentityServer;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consolidated.IdentityServer.Observability.Diagnostics.Health.Checks;

public sealed class DuendeLicenseHealthCheck : IHealthCheck
{
    private readonly IServiceProvider _services;

    public DuendeLicenseHealthCheck(IServiceProvider services) => _services = services;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var license = _services.GetService<IdentityServerLicense>();

        return Task.FromResult(license is null
            ? HealthCheckResult.Degraded("No Duende license configured.")
            : HealthCheckResult.Healthy($"Licensed to {license.CompanyName}."));
    }
}
