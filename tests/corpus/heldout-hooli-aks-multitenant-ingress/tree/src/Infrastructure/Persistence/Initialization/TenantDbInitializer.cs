using Hooli.Infrastructure.Multitenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace Hooli.Infrastructure.Persistence.Initialization;

internal class TenantDbInitializer
{
    private readonly TenantStoreDbContext _store;
    private readonly IConfiguration _config;

    public TenantDbInitializer(TenantStoreDbContext store, IConfiguration config)
    {
        _store = store;
        _config = config;
    }

    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        if ((await _store.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            Log.Information("Migrating the tenant store");
            await _store.Database.MigrateAsync(cancellationToken);
        }

        if (await _store.TenantInfo.FindAsync(new object?[] { "root" }, cancellationToken) is not null)
        {
            return;
        }

        _store.TenantInfo.Add(new HooliTenant
        {
            Id = "root",
            Identifier = "root",
            Name = "Hooli",
            ConnectionString = _config.GetConnectionString("DefaultConnection"),
            ApplicationConnectionString = _config.GetConnectionString("DefaultApplicationConnection"),
        });
        _store.TenantInfo.Add(new HooliTenant
        {
            Id = "nucleus",
            Identifier = "nucleus",
            Name = "Nucleus",
            ConnectionString = _config.GetConnectionString("Tenant_Nucleus"),
            ApplicationConnectionString = _config.GetConnectionString("Tenant_Nucleus_ApplicationConnection"),
        });

        await _store.SaveChangesAsync(cancellationToken);
    }
}
