using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Vehement.Identity.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public bool MigrateOnStartup { get; init; }
}

public sealed class VehementIdentityDbMigrator(
    VehementIdentityDbContext identity,
    PersistedGrantDbContext grants,
    ILogger<VehementIdentityDbMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        logger.LogInformation("Applying identity and operational store migrations");
        await identity.Database.MigrateAsync(ct);
        await grants.Database.MigrateAsync(ct);
        logger.LogInformation("Migrations applied");
    }
}
