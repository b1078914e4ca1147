using Gdi.Auth.Constants;
using Microsoft.EntityFrameworkCore;

namespace Gdi.Auth.Infrastructure;

/// <summary>Picks the EF Core provider named by Storage:Provider for every context of the host.</summary>
public static class DatabaseProviderExtensions
{
    public static DbContextOptionsBuilder UseSelectedProvider(
        this DbContextOptionsBuilder options,
        IConfiguration configuration,
        string connectionName,
        string? migrationsAssembly = null)
    {
        var provider = (configuration[SettingKeys.StorageProvider] ?? Providers.Sqlite).ToLowerInvariant();
        var connectionString = configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing.");

        switch (provider)
        {
            case Providers.Postgres:
            case Providers.PostgreSql:
                return options.UseNpgsql(connectionString, npgsql =>
                {
                    if (migrationsAssembly is not null) npgsql.MigrationsAssembly(migrationsAssembly);
                });
            case Providers.SqlServer:
                return options.UseSqlServer(connectionString, sql =>
                {
                    if (migrationsAssembly is not null) sql.MigrationsAssembly(migrationsAssembly);
                });
            default:
                return options.UseSqlite(connectionString, sqlite =>
                {
                    if (migrationsAssembly is not null) sqlite.MigrationsAssembly(migrationsAssembly);
                });
        }
    }
}
