using Fabrikam.Shared.Config;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fabrikam.Shared.Persistence;

public static class DbContextRegistration
{
    // Registers a Postgres-backed context; an orchestrator-provided connection string wins over PostgresSettings.
    public static IServiceCollection AddPostgresContext<TContext>(this WebApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        builder.Services.AddBoundSettings<PostgresSettings>();

        builder.Services.AddDbContext<TContext>((provider, options) =>
        {
            var connectionString = builder.Configuration.GetConnectionString(connectionName)
                                   ?? provider.GetRequiredService<PostgresSettings>().ConnectionString;

            ArgumentException.ThrowIfNullOrEmpty(connectionString);

            options.UseNpgsql(connectionString, npgsql =>
                {
                    npgsql.MigrationsAssembly(typeof(TContext).Assembly.GetName().Name);
                })
                .UseSnakeCaseNamingConvention();
        });

        return builder.Services;
    }

    // Brings the schema up to date before the app starts serving.
    public static IApplicationBuilder ApplyMigrations<TContext>(this IApplicationBuilder app)
        where TContext : DbContext
    {
        MigrateNowAsync<TContext>(app.ApplicationServices).GetAwaiter().GetResult();
        return app;
    }

    private static async Task MigrateNowAsync<TContext>(IServiceProvider root)
        where TContext : DbContext
    {
        await using var scope = root.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILogger<TContext>>();

        var outstanding = (await context.Database.GetPendingMigrationsAsync()).ToList();
        if (outstanding.Count > 0)
        {
            log.LogInformation("Upgrading schema with {Count} migrations", outstanding.Count);
            await context.Database.MigrateAsync();
        }
    }
}
