using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Microsoft.AspNetCore.Hosting;

// Linked into each service: registers a hosted service that migrates and seeds at start-up.
internal static class MigrateDbContextExtensions
{
    public static IServiceCollection AddMigration<TContext, TSeeder>(this IServiceCollection services)
        where TContext : DbContext
        where TSeeder : class, IDbSeeder<TContext>
    {
        services.AddScoped<IDbSeeder<TContext>, TSeeder>();
        return services.AddHostedService(sp => new MigrationHostedService<TContext>(sp));
    }

    private sealed class MigrationHostedService<TContext>(IServiceProvider provider) : BackgroundService
        where TContext : DbContext
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var scope = provider.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            await context.Database.MigrateAsync(stoppingToken);
            await scope.ServiceProvider.GetRequiredService<IDbSeeder<TContext>>().SeedAsync(context);
        }
    }
}

public interface IDbSeeder<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext context);
}
