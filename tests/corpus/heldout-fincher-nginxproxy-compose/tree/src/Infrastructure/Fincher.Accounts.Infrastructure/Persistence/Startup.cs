using Duende.Bff;
using Duende.Bff.EntityFramework;
using Duende.IdentityServer.EntityFramework.Storage;
using Fincher.Accounts.Application.Configurations;
using Fincher.Accounts.Domain.Enums;
using Fincher.Accounts.Infrastructure.Persistence.Initialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fincher.Accounts.Infrastructure.Persistence;

internal static class Startup
{
    internal static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration config, HostKind hostKind)
    {
        var database = config.GetSection(nameof(DatabaseConfiguration)).Get<DatabaseConfiguration>();
        var connections = database.ConnectionStringsConfiguration;

        return services
            .Configure<DatabaseConfiguration>(config.GetSection(nameof(DatabaseConfiguration)))
            .AddDbContext<ApplicationDbContext>(options =>
                options.UseDatabase(database.DatabaseProvider, connections.ApplicationDbConnection))
            .AddConfigurationDbContext<ApplicationDbContext>()
            .AddOperationalDbContext<ApplicationDbContext>()
            .AddDbContext<SessionDbContext>(options =>
                options.UseDatabase(database.DatabaseProvider, connections.SessionDbConnection))
            .AddTransient<IDatabaseInitializer, DatabaseInitializer>()
            .AddTransient<ApplicationDbInitializer>()
            .AddTransient<ApplicationDbSeeder>();
    }

    internal static BffBuilder AddSessionPersistence(this BffBuilder bff, IConfiguration config)
    {
        var database = config.GetSection(nameof(DatabaseConfiguration)).Get<DatabaseConfiguration>();

        bff.AddEntityFrameworkServerSideSessions(options =>
            options.UseDatabase(database.DatabaseProvider, database.ConnectionStringsConfiguration.SessionDbConnection));

        bff.Services
            .Configure<DatabaseConfiguration>(config.GetSection(nameof(DatabaseConfiguration)))
            .AddTransient<IDatabaseInitializer, DatabaseInitializer>();

        return bff;
    }

    private static DbContextOptionsBuilder UseDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);
                return builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("Migrators.PostgreSql"));

            case DatabaseProvider.SqlServer:
                return builder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly("Migrators.SqlServer"));

            case DatabaseProvider.MySql:
                return builder.UseMySql(connectionString, ServerVersion.AutoDetect(connectionString), mysql => mysql.MigrationsAssembly("Migrators.MySql"));

            case DatabaseProvider.Sqlite:
                return builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("Migrators.Sqlite"));

            case DatabaseProvider.InMemory:
                return builder.UseInMemoryDatabase(connectionString);

            default:
                throw new InvalidOperationException($"DB Provider {provider} is not supported.");
        }
    }
}
