using FluentMigrator.Runner;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Northwind.Data.Sql;

namespace Northwind.Database.Migrator.Core;

/// <summary>
/// Switches read from the "Migration" section.
/// </summary>
public sealed class MigrationSwitches
{
    public bool RunOnStart { get; set; } = true;

    public bool ExitWhenDone { get; set; } = true;
}

public static class MigrationRegistration
{
    public static IServiceCollection AddSchemaMigrations(this IServiceCollection services, IConfiguration configuration)
    {
        var switches = configuration.GetSection("Migration").Get<MigrationSwitches>() ?? new MigrationSwitches();
        var dataSource = configuration.GetSection("DataSource").Get<DataSourceSettings>() ?? new DataSourceSettings();

        services.AddSingleton(switches);
        services.AddSingleton(dataSource);

        services.AddFluentMigratorCore()
            .ConfigureRunner(runner => runner
                .AddMySql5()
                .WithGlobalConnectionString(dataSource.Compose())
                .ScanIn(typeof(MigrationRegistration).Assembly).For.Migrations())
            .AddLogging(logging => logging.AddFluentMigratorConsole());

        return services;
    }
}
