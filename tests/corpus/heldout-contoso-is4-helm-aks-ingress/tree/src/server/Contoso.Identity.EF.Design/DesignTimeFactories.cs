using System.Reflection;
using Contoso.Identity.Data;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Contoso.Identity.EF.Design
{
    internal static class DesignTime
    {
        // Only used by `dotnet ef migrations script`; never by the running identity provider.
        public const string ConnectionString =
            "Server=localhost;Database=ef-design;Trusted_Connection=True;MultipleActiveResultSets=true";

        public static readonly string MigrationsAssembly = typeof(Startup).GetTypeInfo().Assembly.GetName().Name;
    }

    public class DesignTimeConfigurationDbContextFactory : IDesignTimeDbContextFactory<ConfigurationDbContext>
    {
        public ConfigurationDbContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<ConfigurationDbContext>()
                .UseSqlServer(DesignTime.ConnectionString, sql => sql.MigrationsAssembly(DesignTime.MigrationsAssembly))
                .Options;
            return new ConfigurationDbContext(options, new ConfigurationStoreOptions());
        }
    }

    public class DesignTimePersistedGrantDbContextFactory : IDesignTimeDbContextFactory<PersistedGrantDbContext>
    {
        public PersistedGrantDbContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<PersistedGrantDbContext>()
                .UseSqlServer(DesignTime.ConnectionString, sql => sql.MigrationsAssembly(DesignTime.MigrationsAssembly))
                .Options;
            return new PersistedGrantDbContext(options, new OperationalStoreOptions());
        }
    }

    public class DesignTimeApplicationDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
    {
        public ApplicationDbContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<ApplicationDbContext>()
                .UseSqlServer(DesignTime.ConnectionString, sql => sql.MigrationsAssembly(DesignTime.MigrationsAssembly))
                .Options;
            return new ApplicationDbContext(options);
        }
    }
}
