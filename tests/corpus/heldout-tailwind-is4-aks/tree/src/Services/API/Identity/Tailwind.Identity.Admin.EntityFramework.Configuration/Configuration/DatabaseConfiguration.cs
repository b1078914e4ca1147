namespace Tailwind.Identity.Admin.EntityFramework.Configuration.Configuration
{
    public enum DatabaseProviderType
    {
        SqlServer,
        PostgreSQL
    }

    public class DatabaseProviderConfiguration
    {
        public DatabaseProviderType ProviderType { get; set; }
    }

    public class DatabaseMigrationsConfiguration
    {
        public bool ApplyDatabaseMigrations { get; set; } = false;
    }

    public class SeedConfiguration
    {
        public bool ApplySeed { get; set; } = false;
    }
}

namespace Tailwind.Identity.Admin.EntityFramework.Interfaces
{
    public interface IAdminConfigurationDbContext { }

    public interface IAdminPersistedGrantDbContext { }
}
