using Hooli.Infrastructure.Multitenancy;
using Hooli.Infrastructure.Persistence.Context;
using Hooli.Infrastructure.Persistence.Initialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hooli.Infrastructure.Persistence;

public static class DependencyInjection
{
    public static IServiceCollection AddTenantStore(this IServiceCollection services, IConfiguration config)
    {
        var tenantAdmin = config.GetConnectionString("TenantAdmin");
        if (string.IsNullOrEmpty(tenantAdmin))
        {
            throw new InvalidOperationException("ConnectionStrings:TenantAdmin is missing.");
        }

        services.AddDbContext<TenantStoreDbContext>(o => o.UseHooliDatabase(tenantAdmin));
        return services;
    }

    public static IServiceCollection AddIdentityDatabase(this IServiceCollection services)
    {
        services.AddDbContext<SsoIdentityDbContext>();
        services.AddTransient<TenantDbInitializer>();
        services.AddTransient<IdentityDbInitializer>();
        return services;
    }

    // called from Program.cs on every start, before the pipeline is built
    public static async Task InitializeDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IdentityDbInitializer>()
            .InitializeAllTenantsAsync(cancellationToken);
    }

    internal static DbContextOptionsBuilder UseHooliDatabase(this DbContextOptionsBuilder builder, string connectionString)
    {
        AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);
        return builder.UseNpgsql(connectionString, npgsql =>
            npgsql.MigrationsAssembly("Migrators.PostgreSQL"));
    }
}
