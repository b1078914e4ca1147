using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tenant.Domain.HealthChecks;

public static class HealthCheckExtensions
{
    public static IServiceCollection ConfigureTenantPostgres(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Settings.PostgresSettings>(configuration.GetRequiredSection("PostgresSettings"));
        return services;
    }

    public static IHealthChecksBuilder AddPostgresHealthCheck(
        this IHealthChecksBuilder builder,
        string name = "postgres",
        IEnumerable<string>? tags = null)
    {
        return builder.AddCheck<PostgresHealthCheck>(name, tags: tags?.ToArray());
    }
}
