using System.Reflection;
using GloboPortal.Shared.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GloboPortal.Storage
{
    public static class ServiceCollectionExtensions
    {
        private static readonly string projectName = nameof(GloboPortal);

        public static IServiceCollection RegisterStorage(this IServiceCollection services, IConfiguration configuration)
        {
            services.AddDbContext<ApplicationDbContext>(options => ConfigureDatabase<ApplicationDbContext>(options, configuration));
            services.AddDbContext<LocalizationDbContext>(options => ConfigureDatabase<LocalizationDbContext>(options, configuration));

            services.AddTransient<IDatabaseInitializer, DatabaseInitializer>();

            return services;
        }

        // One switch for every context, IdentityServer's stores included.
        public static void ConfigureDatabase<TContext>(DbContextOptionsBuilder options, IConfiguration configuration)
            where TContext : DbContext
        {
            var migrationsAssembly = typeof(TContext).GetTypeInfo().Assembly.GetName().Name;
            var usePostgres = configuration.GetValue<bool>($"{projectName}:UsePostgresServer");

            if (!usePostgres)
            {
                var connectionString = configuration.GetConnectionString("DefaultConnection");

                if (string.IsNullOrEmpty(connectionString))
                    throw new ArgumentNullException(nameof(connectionString), "ConnectionStrings:DefaultConnection is missing");

                if (!connectionString.Contains("multipleactiveresultsets=true", StringComparison.OrdinalIgnoreCase))
                    throw new ArgumentException("The SQL Server connection string must enable MultipleActiveResultSets");

                options.UseSqlServer(connectionString, sql =>
                {
                    sql.UseNetTopologySuite();
                    sql.CommandTimeout(60);
                    sql.MigrationsAssembly(migrationsAssembly);
                });
            }
            else
            {
                options.UseNpgsql(configuration.GetConnectionString("PostgresConnection"),
                    npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
            }
        }

        public static IIdentityServerBuilder AddIdentityServerStores(this IIdentityServerBuilder builder, IConfiguration configuration)
            => builder
                .AddConfigurationStore(options =>
                {
                    options.ConfigureDbContext = db => ConfigureDatabase<ApplicationDbContext>(db, configuration);
                })
                .AddOperationalStore(options =>
                {
                    options.ConfigureDbContext = db => ConfigureDatabase<ApplicationDbContext>(db, configuration);

                    options.EnableTokenCleanup = true;
                    options.TokenCleanupInterval = 3600; // seconds
                });
    }
}
