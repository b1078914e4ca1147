using Duende.Bff.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fincher.Accounts.Infrastructure.Persistence.Initialization;

public interface IDatabaseInitializer
{
    Task InitializeDatabasesAsync(CancellationToken cancellationToken);
}

/// <summary>Called from every host's Program.cs right after Build(), before the pipeline runs.</summary>
internal class DatabaseInitializer : IDatabaseInitializer
{
    private readonly IServiceProvider _services;

    public DatabaseInitializer(IServiceProvider services) => _services = services;

    public async Task InitializeDatabasesAsync(CancellationToken cancellationToken)
    {
        using (var scope = _services.CreateScope())
        {
            // Not registered in the BFF hosts, which only own the session tables.
            var application = scope.ServiceProvider.GetService<ApplicationDbInitializer>();
            if (application is not null)
            {
                await application.InitializeAsync(cancellationToken);
            }
        }

        using (var scope = _services.CreateScope())
        {
            var sessions = scope.ServiceProvider.GetRequiredService<SessionDbContext>();
            if ((await sessions.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await sessions.Database.MigrateAsync(cancellationToken);
            }
        }
    }
}

internal class ApplicationDbInitializer
{
    private readonly ApplicationDbContext _db;
    private readonly ApplicationDbSeeder _seeder;
    private readonly ILogger<ApplicationDbInitializer> _logger;

    public ApplicationDbInitializer(ApplicationDbContext db, ApplicationDbSeeder seeder, ILogger<ApplicationDbInitializer> logger)
    {
        _db = db;
        _seeder = seeder;
        _logger = logger;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!_db.Database.GetMigrations().Any())
        {
            return;
        }

        if ((await _db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            _logger.LogInformation("Applying migrations");
            await _db.Database.MigrateAsync(cancellationToken);
        }

        if (await _db.Database.CanConnectAsync(cancellationToken))
        {
            await _seeder.SeedAsync(_db, cancellationToken);
        }
    }
}
