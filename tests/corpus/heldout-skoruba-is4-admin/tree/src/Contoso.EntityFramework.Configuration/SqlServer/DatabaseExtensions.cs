using System.Reflection;
using IdentityServer4.EntityFramework.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.EntityFramework.Configuration.SqlServer
{
    public static class DatabaseExtensions
    {
        public static void AddSqlServerStores<TMemberDb, TClientDb, TGrantDb, TKeyDb>(this IServiceCollection services,
            string membersConnection, string clientsConnection, string grantsConnection, string keyRingConnection)
            where TMemberDb : DbContext
            where TClientDb : DbContext
            where TGrantDb : DbContext
            where TKeyDb : DbContext
        {
            var migrations = typeof(DatabaseExtensions).GetTypeInfo().Assembly.GetName().Name;

            services.AddDbContext<TMemberDb>(db => db.UseSqlServer(membersConnection, sql => sql.MigrationsAssembly(migrations)));

            services.AddConfigurationDbContext<TClientDb>(store =>
                store.ConfigureDbContext = db => db.UseSqlServer(clientsConnection, sql => sql.MigrationsAssembly(migrations)));

            services.AddOperationalDbContext<TGrantDb>(store =>
                store.ConfigureDbContext = db => db.UseSqlServer(grantsConnection, sql => sql.MigrationsAssembly(migrations)));

            services.AddDbContext<TKeyDb>(db => db.UseSqlServer(keyRingConnection, sql => sql.MigrationsAssembly(migrations)));
        }
    }
}
