using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Woodgrove.EntityFramework.Context
{
    public class SqlServerDbContextOptionsProvider : IDbContextOptionsProvider
    {
        private readonly EntityFrameworkConnectionOptions _options;
        private readonly IServiceProvider _serviceProvider;

        public SqlServerDbContextOptionsProvider(
            IServiceProvider serviceProvider,
            IOptions<EntityFrameworkConnectionOptions> options)
        {
            _serviceProvider = serviceProvider;
            _options = options.Value;
        }

        public void Configure(DbContextOptionsBuilder optionsBuilder)
        {
            var migrations = (IMigrationsAssemblyProvider)_serviceProvider.GetService(typeof(IMigrationsAssemblyProvider));
            if (migrations == null)
            {
                optionsBuilder.UseSqlServer(_options.ConnectionString);
            }
            else
            {
                optionsBuilder.UseSqlServer(_options.ConnectionString, sql => sql.MigrationsAssembly(migrations.AssemblyName));
            }
        }

        public void OnConfiguring(string tenantId, DbContextOptionsBuilder optionsBuilder)
        {
            var migrations = (IMigrationsAssemblyProvider)_serviceProvider.GetService(typeof(IMigrationsAssemblyProvider));
            var connectionString = _options.ConnectionStringDatabaseTemplate
                .Replace("{{Database}}", $"{tenantId}-database");
            if (migrations == null)
            {
                optionsBuilder.UseSqlServer(connectionString);
            }
            else
            {
                optionsBuilder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(migrations.AssemblyName));
            }
        }
    }
}
