using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Soylent.Infrastructure.Persistence;

namespace Soylent.Infrastructure
{
    public static class DependencyInjection
    {
        private const string ConnectionStringName = "DefaultConnection";

        public static IServiceCollection AddSharedInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool addTelemetry = true)
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName);

            services.AddDbContext<ApplicationContext>(
                options => options.UseSqlServer(connectionString),
                ServiceLifetime.Transient);

            if (addTelemetry)
            {
                // Application Insights SDK (instrumentation key from APPINSIGHTS_INSTRUMENTATIONKEY)
                services.AddApplicationInsightsTelemetry();
            }

            return services;
        }
    }
}
