using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Northwind.Data.Sql;

namespace Northwind.ApiCore.DataProtection;

/// <summary>
/// Data Protection wiring shared by the identity service, the migrator and the APIs.
/// </summary>
public static class DataProtectionExtensions
{
    /// <summary>
    /// Keeps the key ring in the shared database so that every replica reads the same keys.
    /// </summary>
    public static IDataProtectionBuilder AddPersistenceDataProtection(this IServiceCollection services)
    {
        return services.AddDataProtection()
            .PersistKeysToDatabase()
            .SetApplicationName("northwind");
    }

    /// <summary>
    /// Points the key manager at the database-backed XML repository.
    /// </summary>
    private static IDataProtectionBuilder PersistKeysToDatabase(this IDataProtectionBuilder builder)
    {
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
        {
            var keyRing = provider.GetRequiredService<IKeyRingRepository>();

            return new ConfigureOptions<KeyManagementOptions>(keyManagement =>
            {
                keyManagement.XmlRepository = new DatabaseXmlRepository(keyRing);
            });
        });

        return builder;
    }
}
