using BlueYonder.Identity.Data.DbContexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BlueYonder.Identity.Data.Utilities;

/// <summary>
/// EF stores for the token service. The schema is owned by the DACPAC project; nothing here
/// creates or migrates tables.
/// </summary>
public static class StoreRegistrationExtensions
{
    public static IIdentityServerBuilder ConfigureIdentityServerStores(this IIdentityServerBuilder builder, string connectionString,
        Action<SqlServerDbContextOptionsBuilder>? sqlServer = null)
    {
        return builder
            .AddConfigurationStore<ConfigurationStoreDbContext>(options =>
            {
                options.ConfigureDbContext = db => db.UseSqlServer(connectionString, sqlServer);
            })
            .AddOperationalStore<OperationalDbContext>(options =>
            {
                // Persisted grants, signing keys and the Data Protection key ring share this context.
                options.ConfigureDbContext = db => db.UseSqlServer(connectionString, sqlServer);
                options.EnableTokenCleanup = true;
            });
    }
}
