using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vandermeer.Platform.Infra.Database;

public class SqlConnectionHealthCheck : IHealthCheck
{
    private readonly string _connectionString;

    public SqlConnectionHealthCheck(string connectionString) =>
        _connectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (SqlException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception: ex);
        }

        return HealthCheckResult.Healthy("database reachable");
    }
}
