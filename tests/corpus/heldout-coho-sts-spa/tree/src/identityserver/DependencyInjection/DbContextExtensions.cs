using IdentityServer4.EntityFramework.Interfaces;
using IdentityServer4.EntityFramework.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coho.Sts.Admin.DependencyInjection;

public static class DbContextExtensions
{
    /// <summary>
    /// Registers the four contexts (ASP.NET Identity, IdentityServer configuration and grants, Data Protection) on one MySQL database.
    /// </summary>
    public static void RegisterDbContexts<TIdentityDbContext, TConfigurationDbContext, TPersistedGrantDbContext, TDataProtectionDbContext>(
        this IServiceCollection services, IConfiguration configuration)
        where TIdentityDbContext : DbContext
        where TConfigurationDbContext : DbContext, IConfigurationDbContext
        where TPersistedGrantDbContext : DbContext, IPersistedGrantDbContext
        where TDataProtectionDbContext : DbContext, IDataProtectionKeyContext
    {
        var connectionString = configuration.GetConnectionString("Default");
        const string migrationsAssembly = "Coho.Sts.Admin";

        services.AddDbContext<TIdentityDbContext>(options =>
            options.UseMySql(connectionString, MySqlServerVersion.LatestSupportedServerVersion, mysql => mysql.MigrationsAssembly(migrationsAssembly)));

        services.AddConfigurationDbContext<TConfigurationDbContext>(options => options.ConfigureDbContext = db =>
            db.UseMySql(connectionString, MySqlServerVersion.LatestSupportedServerVersion, mysql =>
            {
                mysql.MigrationsAssembly(migrationsAssembly);
                mysql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
            }));

        services.AddOperationalDbContext<TPersistedGrantDbContext>(options => options.ConfigureDbContext = db =>
            db.UseMySql(connectionString, MySqlServerVersion.LatestSupportedServerVersion, mysql =>
            {
                mysql.MigrationsAssembly(migrationsAssembly);
                mysql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
            }));

        services.AddDbContext<TDataProtectionDbContext>(options =>
            options.UseMySql(connectionString, MySqlServerVersion.LatestSupportedServerVersion, mysql => mysql.MigrationsAssembly(migrationsAssembly)));
    }
}
