using Contoso.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System;

namespace Microsoft.Extensions.Configuration
{
    public enum StoreEngine { SqlServer, MySql, Postgres, Sqlite }

    public static class DbProviderSwitch
    {
        private static Action<DbContextOptionsBuilder> Pick(StoreEngine engine) => engine switch
        {
            StoreEngine.SqlServer => DbProviderOptions.Current.SqlServer,
            StoreEngine.MySql => DbProviderOptions.Current.MySql,
            StoreEngine.Postgres => DbProviderOptions.Current.Postgres,
            StoreEngine.Sqlite => DbProviderOptions.Current.Sqlite,
            _ => throw new ArgumentOutOfRangeException(nameof(engine))
        };

        public static IServiceCollection AddStoreContext<TContext>(this IServiceCollection services,
            (StoreEngine, string) db) where TContext : DbContext
        {
            var (engine, conn) = db;
            DbProviderOptions.Init(conn);
            return services.AddSharedStore<TContext>(Pick(engine));
        }

        public static IIdentityServerBuilder UseStoreEngine(this IIdentityServerBuilder builder,
            (StoreEngine, string) db, IWebHostEnvironment env)
        {
            var (engine, conn) = db;
            DbProviderOptions.Init(conn);
            builder.AddEfStores(Pick(engine));

            if (env.IsProduction())
                builder.AddConfigurationStoreCache();

            return builder;
        }
    }
}
