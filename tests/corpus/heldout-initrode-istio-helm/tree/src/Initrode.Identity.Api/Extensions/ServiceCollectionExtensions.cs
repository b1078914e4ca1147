using Initrode.Identity.Api.Infrastructure;
using Initrode.Seedwork.Monitoring.Extensions;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Initrode.Identity.Api.Extensions
{
    public static class ServiceCollectionExtensions
    {
        public static void AddHealthChecks(this IServiceCollection services, IdentityAppSettings appSettings)
        {
            var checks = services.AddHealthChecks();
            checks.AddCheck("liveness", () => HealthCheckResult.Healthy());
            checks.AddAzureKeyVault(appSettings);
            checks.AddSqlServer(appSettings.ConnectionStrings);
            checks.AddRedis(appSettings.ConnectionStrings);
        }
    }
}
