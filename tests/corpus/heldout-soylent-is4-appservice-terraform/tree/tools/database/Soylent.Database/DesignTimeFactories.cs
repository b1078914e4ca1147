using System;
using System.IO;
using System.Reflection;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Soylent.Core.Configuration.Mapping;
using Soylent.Infrastructure.Persistence;

namespace Soylent.Database
{
    // Used only by `dotnet ef migrations script` (see Dockerfile) to produce SQL scripts.
    public abstract class DesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
    {
        public TContext CreateDbContext(string[] args)
        {
            var configuration = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddUserSecrets(Assembly.GetExecutingAssembly(), optional: true)
                .AddEnvironmentVariables()
                .WithJsonMapping("mapping.json")
                .Build();

            var connectionString = configuration.GetConnectionString("DefaultConnection");
            if (string.IsNullOrEmpty(connectionString))
            {
                throw new InvalidOperationException("DefaultConnection is not set.");
            }

            var options = new DbContextOptionsBuilder<TContext>()
                .UseSqlServer(connectionString, sql => sql.MigrationsAssembly(Assembly.GetExecutingAssembly().FullName))
                .Options;
            return Create(options);
        }

        protected abstract TContext Create(DbContextOptions<TContext> options);
    }

    public class ApplicationContextFactory : DesignTimeFactory<ApplicationContext>
    {
        protected override ApplicationContext Create(DbContextOptions<ApplicationContext> options) => new ApplicationContext(options);
    }

    public class ConfigurationDbContextFactory : DesignTimeFactory<ConfigurationDbContext>
    {
        protected override ConfigurationDbContext Create(DbContextOptions<ConfigurationDbContext> options)
            => new ConfigurationDbContext(options, new ConfigurationStoreOptions());
    }

    public class PersistedGrantDbContextFactory : DesignTimeFactory<PersistedGrantDbContext>
    {
        protected override PersistedGrantDbContext Create(DbContextOptions<PersistedGrantDbContext> options)
            => new PersistedGrantDbContext(options, new OperationalStoreOptions());
    }
}
