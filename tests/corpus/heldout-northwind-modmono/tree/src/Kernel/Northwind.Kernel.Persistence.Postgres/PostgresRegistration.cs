using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Northwind.Kernel.Persistence.Postgres;

public sealed class PostgresSettings
{
    public string ConnectionString { get; set; } = string.Empty;
    public bool InMemory { get; set; }
}

public static class PostgresRegistration
{
    // Every module calls this with its own "<Module>:Postgres" section.
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string sectionPath)
        where TContext : DbContext
    {
        var settings = configuration.GetSection(sectionPath).Get<PostgresSettings>()
            ?? throw new InvalidOperationException($"Section '{sectionPath}' is missing.");

        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new InvalidOperationException($"'{sectionPath}:ConnectionString' is empty.");
        }

        services.AddDbContext<TContext>(options =>
            options.UseNpgsql(settings.ConnectionString, npgsql =>
            {
                npgsql.MigrationsAssembly(typeof(TContext).Assembly.GetName().Name);
                npgsql.EnableRetryOnFailure(maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(8), errorCodesToAdd: null);
            }));

        return services;
    }
}
