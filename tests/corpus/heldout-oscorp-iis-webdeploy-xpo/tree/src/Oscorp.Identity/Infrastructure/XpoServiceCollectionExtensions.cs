using DevExpress.Xpo;
using DevExpress.Xpo.DB;

using Oscorp.AspNetIdentity.Xpo;
using Oscorp.Identity.Xpo.Storage;

namespace Oscorp.Identity.Infrastructure;

public static class XpoServiceCollectionExtensions
{
    public static IServiceCollection AddOscorpXpo(
        this IServiceCollection services,
        IConfiguration configuration,
        AutoCreateOption autoCreate = AutoCreateOption.DatabaseAndSchema)
        => services.AddXpoDefaultDataLayer(ServiceLifetime.Singleton, dl => dl
            .UseConnectionString(configuration.GetConnectionString("DefaultConnection"))
            .UseThreadSafeDataLayer(true)
            .UseConnectionPool(true)
            .UseAutoCreationOption(autoCreate)
            .UseEntityTypes(XpoStorageTypes.PersistentTypes
                .Concat(new[] { typeof(XpoIdentityUser), typeof(XpoIdentityRole) })
                .ToArray()));
}
