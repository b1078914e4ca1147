using System;
using Duende.IdentityServer.EntityFramework;
using Duende.IdentityServer.EntityFramework.Interfaces;
using Duende.IdentityServer.EntityFramework.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Duende.IdentityServer.EntityFramework.Storage
{
    /// <summary>
    /// Registers the store DbContexts; the options callbacks decide the provider.
    /// </summary>
    public static class StoreDbContextServiceCollectionExtensions
    {
        public static IServiceCollection AddConfigurationDbContext<TContext>(this IServiceCollection services,
            Action<ConfigurationStoreOptions> storeOptionsAction = null)
            where TContext : DbContext, IConfigurationDbContext
        {
            var options = new ConfigurationStoreOptions();
            services.AddSingleton(options);
            storeOptionsAction?.Invoke(options);

            services.AddDbContext<TContext>(db => options.ConfigureDbContext?.Invoke(db));
            services.AddScoped<IConfigurationDbContext, TContext>();
            return services;
        }

        public static IServiceCollection AddOperationalDbContext<TContext>(this IServiceCollection services,
            Action<OperationalStoreOptions> storeOptionsAction = null)
            where TContext : DbContext, IPersistedGrantDbContext
        {
            var options = new OperationalStoreOptions();
            services.AddSingleton(options);
            storeOptionsAction?.Invoke(options);

            services.AddDbContext<TContext>(db => options.ConfigureDbContext?.Invoke(db));
            services.AddScoped<IPersistedGrantDbContext, TContext>();
            services.AddTransient<TokenCleanupService>();
            return services;
        }
    }
}
