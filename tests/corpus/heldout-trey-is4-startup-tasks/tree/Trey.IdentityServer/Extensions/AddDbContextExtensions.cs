using System.Reflection;
using IdentityServer4.EntityFramework.DbContexts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Trey.IdentityServer.Data;
using Trey.IdentityServer.Models;
using Trey.IdentityServer.ToolKit;
using Trey.IdentityServer.ToolKit.EnumCollection;

namespace Trey.IdentityServer.Extensions
{
    public static class AddDbContextExtensions
    {
        // Registers the user store and IdentityServer's two EF contexts before AddConfigurationStore/AddOperationalStore,
        // so these registrations (with their provider) are the ones the stores use.
        public static void AddTreyDbContext(this IServiceCollection services, IConfiguration configuration, DBCategoryEnum dbCategory)
        {
            var migrationsAssembly = typeof(Startup).GetTypeInfo().Assembly.GetName().Name;

            if (dbCategory == DBCategoryEnum.PostgreSQL)
            {
                var connection = configuration.GetConnectionString(TreyConsts.ConnectionStringName_PostgreSQL);
                services.AddDbContext<TreyDbContext>(o => o.UseNpgsql(connection, sql => sql.MigrationsAssembly(migrationsAssembly)));
                services.AddDbContext<ConfigurationDbContext>(o => o.UseNpgsql(connection, sql => sql.MigrationsAssembly(migrationsAssembly)));
                services.AddDbContext<PersistedGrantDbContext>(o => o.UseNpgsql(connection, sql => sql.MigrationsAssembly(migrationsAssembly)));
            }
            else if (dbCategory == DBCategoryEnum.SQLServer)
            {
                var connection = configuration.GetConnectionString(TreyConsts.ConnectionStringName_Default);
                services.AddDbContext<TreyDbContext>(o => o.UseSqlServer(connection, sql => sql.MigrationsAssembly(migrationsAssembly)));
                services.AddDbContext<ConfigurationDbContext>(o => o.UseSqlServer(connection, sql => sql.MigrationsAssembly(migrationsAssembly)));
                services.AddDbContext<PersistedGrantDbContext>(o => o.UseSqlServer(connection, sql => sql.MigrationsAssembly(migrationsAssembly)));
            }

            services.AddIdentity<ApplicationUser, ApplicationRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
            })
            .AddEntityFrameworkStores<TreyDbContext>()
            .AddDefaultTokenProviders();
        }
    }
}
