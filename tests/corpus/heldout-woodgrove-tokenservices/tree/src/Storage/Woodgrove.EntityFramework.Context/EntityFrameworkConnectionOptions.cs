using Microsoft.EntityFrameworkCore;

namespace Woodgrove.EntityFramework.Context
{
    public class EntityFrameworkConnectionOptions
    {
        public string ConnectionString { get; set; }

        // {{Database}} is replaced with "<tenant>-database"
        public string ConnectionStringDatabaseTemplate { get; set; }
    }

    public interface IDbContextOptionsProvider
    {
        void Configure(DbContextOptionsBuilder optionsBuilder);
        void OnConfiguring(string tenantId, DbContextOptionsBuilder optionsBuilder);
    }

    public interface IMigrationsAssemblyProvider
    {
        string AssemblyName { get; }
    }
}
