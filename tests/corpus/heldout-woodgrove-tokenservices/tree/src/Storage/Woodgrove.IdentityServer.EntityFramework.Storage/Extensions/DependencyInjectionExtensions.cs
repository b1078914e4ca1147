using Duende.IdentityServer.Services;
using Duende.IdentityServer.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Woodgrove.EntityFramework.Context;
using Woodgrove.IdentityServer.EntityFramework.Storage.Services;
using Woodgrove.IdentityServer.EntityFramework.Storage.Stores;

namespace Woodgrove.IdentityServer.EntityFramework.Storage.Extensions
{
    public static class DependencyInjectionExtensions
    {
        // signing and validation keys come from the certificates kept per tenant in the database
        public static IServiceCollection AddSelfManagedValidationKeysStores(this IServiceCollection services)
        {
            services.AddScoped<IValidationKeysStore, SelfManagedValidationKeysStore>();
            services.AddScoped<IKeyMaterialService, SelfManagedValidationKeysStore>();
            return services;
        }

        public static IIdentityServerBuilder AddEntityFrameworkStores(this IIdentityServerBuilder builder)
        {
            builder.AddResourceStoreCache<EntityFrameworkResourceStore>();
            builder.AddClientStoreCache<EntityFrameworkClientStore>();
            builder.Services.AddTransient<ITenantStore, EntityFrameworkTenantStore>();
            return builder;
        }

        // replaces the in-memory grant store that AddIdentityServer() registers
        public static IServiceCollection AddEntityFrameworkOperationalStore(this IServiceCollection services)
        {
            services.RemoveAll<IPersistedGrantStore>();
            services.AddTransient<IPersistedGrantStore, EntityFrameworkPersistedGrantStore>();

            services.RemoveAll<IDeviceFlowStore>();
            services.AddTransient<IDeviceFlowStore, EntityFrameworkDeviceFlowStore>();

            services.AddSingleton<IHostedService, TokenCleanupHost>();
            services.AddTransient<TenantTokenCleanupService>();
            return services;
        }

        public static IServiceCollection AddDbContextTenantServices(this IServiceCollection services)
        {
            services.AddScoped<IAdminServices, AdminServices>();
            services.AddDbContext<TenantConfigurationDbContext>((sp, options) =>
                sp.GetRequiredService<IDbContextOptionsProvider>().Configure(options));
            services.AddDbContext<MainEntityCoreContext>((sp, options) =>
                sp.GetRequiredService<IDbContextOptionsProvider>().Configure(options));
            return services;
        }
    }
}
