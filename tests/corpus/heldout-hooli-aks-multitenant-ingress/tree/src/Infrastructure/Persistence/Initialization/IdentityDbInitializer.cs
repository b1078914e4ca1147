using Finbuckle.MultiTenant;
using Hooli.Infrastructure.Identity;
using Hooli.Infrastructure.Multitenancy;
using Hooli.Infrastructure.Persistence.Context;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Hooli.Infrastructure.Persistence.Initialization;

internal class IdentityDbInitializer
{
    private readonly TenantStoreDbContext _store;
    private readonly TenantDbInitializer _tenantDbInitializer;
    private readonly IServiceProvider _services;

    public IdentityDbInitializer(TenantStoreDbContext store, TenantDbInitializer tenantDbInitializer, IServiceProvider services)
    {
        _store = store;
        _tenantDbInitializer = tenantDbInitializer;
        _services = services;
    }

    public async Task InitializeAllTenantsAsync(CancellationToken cancellationToken)
    {
        await _tenantDbInitializer.MigrateAndSeedAsync(cancellationToken);

        foreach (var tenant in await _store.TenantInfo.ToListAsync(cancellationToken))
        {
            using var scope = _services.CreateScope();
            scope.ServiceProvider.GetRequiredService<IMultiTenantContextAccessor>().MultiTenantContext =
                new MultiTenantContext<HooliTenant> { TenantInfo = tenant };

            var db = scope.ServiceProvider.GetRequiredService<SsoIdentityDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                Log.Information("Migrating identity database of tenant {Tenant}", tenant.Id);
                await db.Database.MigrateAsync(cancellationToken);
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<HooliUser>>();
            await users.CreateAsync(new HooliUser { UserName = "gavin@hooli.test", Email = "gavin@hooli.test", EmailConfirmed = true }, "Hooli123$");
        }
    }
}
