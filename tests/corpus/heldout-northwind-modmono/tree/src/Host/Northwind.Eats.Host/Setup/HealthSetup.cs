using Northwind.Kernel.Monitoring;
using Northwind.Kernel.Persistence.Postgres;
using Northwind.Modules.Accounts;
using Northwind.Modules.Menu;

namespace Northwind.Eats.Host.Setup;

public static class HealthSetup
{
    public static IServiceCollection AddEatsHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        return services.AddKernelMonitoring(checks =>
        {
            var accounts = configuration.GetSection($"{AccountsModule.SectionName}:Postgres").Get<PostgresSettings>();
            var menu = configuration.GetSection($"{MenuModule.SectionName}:Postgres").Get<PostgresSettings>();

            checks.AddNpgSql(accounts!.ConnectionString, name: "accounts-postgres", tags: new[] { "db" });
            checks.AddNpgSql(menu!.ConnectionString, name: "menu-postgres", tags: new[] { "db" });
        });
    }
}
