using Microsoft.EntityFrameworkCore;

// Linked into each service project; applies pending EF migrations when the process starts.
internal static class StartupMigrator
{
    public static IServiceCollection AddStartupMigration<TContext, TSeed>(this IServiceCollection services)
        where TContext : DbContext
        where TSeed : class, ISeed<TContext>
    {
        services.AddScoped<ISeed<TContext>, TSeed>();
        return services.AddHostedService<MigrateOnBoot<TContext>>();
    }
}

internal interface ISeed<in TContext> where TContext : DbContext
{
    Task RunAsync(TContext db);
}

internal sealed class MigrateOnBoot<TContext>(IServiceProvider root, ILogger<MigrateOnBoot<TContext>> log)
    : BackgroundService where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var scope = root.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var seed = scope.ServiceProvider.GetRequiredService<ISeed<TContext>>();

        log.LogInformation("Applying migrations for {Context}", typeof(TContext).Name);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await db.Database.MigrateAsync(stoppingToken);
            await seed.RunAsync(db);
        });
    }
}
