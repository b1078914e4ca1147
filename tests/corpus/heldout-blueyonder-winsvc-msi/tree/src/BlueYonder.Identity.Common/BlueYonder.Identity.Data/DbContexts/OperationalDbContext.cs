using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BlueYonder.Identity.Data.DbContexts;

public class OperationalDbContext : PersistedGrantDbContext<OperationalDbContext>, IDataProtectionKeyContext
{
    public OperationalDbContext(DbContextOptions<OperationalDbContext> options) : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
    }
}

public class ConfigurationStoreDbContext : ConfigurationDbContext<ConfigurationStoreDbContext>
{
    public ConfigurationStoreDbContext(DbContextOptions<ConfigurationStoreDbContext> options) : base(options)
    {
    }
}
