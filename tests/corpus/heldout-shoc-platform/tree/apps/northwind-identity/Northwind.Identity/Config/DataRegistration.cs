using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Northwind.Data.Sql;
using Northwind.Identity.Provider.Data;

namespace Northwind.Identity.Config;

/// <summary>
/// Registers the MySQL-backed repositories used by the identity service.
/// The schema itself is owned by the database migrator service.
/// </summary>
public static class DataRegistration
{
    public static IServiceCollection AddRepositories(this IServiceCollection services, IConfiguration configuration)
    {
        var dataSource = configuration.GetSection("DataSource").Get<DataSourceSettings>() ?? new DataSourceSettings();
        services.AddSingleton(dataSource);

        services.AddSingleton<ISigningKeyRepository, SqlSigningKeyRepository>();
        services.AddSingleton<IGrantRepository, SqlGrantRepository>();
        services.AddSingleton<IApplicationRepository, SqlApplicationRepository>();
        services.AddSingleton<IKeyRingRepository, SqlKeyRingRepository>();

        return services;
    }
}
