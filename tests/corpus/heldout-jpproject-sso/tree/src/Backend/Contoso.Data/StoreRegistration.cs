using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System;
using System.Linq;

namespace Contoso.Data
{
    public static class StoreRegistration
    {
        // Registers the shared context once (Identity, key ring and JWKS use it).
        public static IServiceCollection AddSharedStore<TContext>(this IServiceCollection services,
            Action<DbContextOptionsBuilder> dbOptions) where TContext : DbContext
        {
            if (!services.Any(d => d.ServiceType == typeof(TContext)))
                services.AddDbContext<TContext>(dbOptions);
            return services;
        }

        // IdentityServer4 configuration and grant stores on the same database.
        public static IIdentityServerBuilder AddEfStores(this IIdentityServerBuilder builder,
            Action<DbContextOptionsBuilder> dbOptions)
        {
            builder
                .AddConfigurationStore(o => o.ConfigureDbContext = dbOptions)
                .AddOperationalStore(o =>
                {
                    o.ConfigureDbContext = dbOptions;
                    o.EnableTokenCleanup = true;
                });
            return builder;
        }
    }
}
