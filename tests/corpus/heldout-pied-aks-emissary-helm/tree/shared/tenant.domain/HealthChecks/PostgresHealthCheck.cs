using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using Tenant.Domain.Settings;

namespace Tenant.Domain.HealthChecks;

public sealed class PostgresHealthCheck : IHealthCheck
{
    private readonly PostgresSettings _settings;

    public PostgresHealthCheck(IOptions<PostgresSettings> options) => _settings = options.Value;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_settings.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand("SELECT 1", connection);
            await cmd.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Postgres ping failed", ex);
        }
    }
}
