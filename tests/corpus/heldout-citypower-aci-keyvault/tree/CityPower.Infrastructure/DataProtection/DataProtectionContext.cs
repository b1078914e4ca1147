using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CityPower.Infrastructure.DataProtection
{
    // One key table per service, all in the same SQL database

    public class PortalDataProtectionContext : DbContext, IDataProtectionKeyContext
    {
        public PortalDataProtectionContext(DbContextOptions<PortalDataProtectionContext> options) : base(options) { }

        public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys_Portal");
    }

    public class IdentityServiceDataProtectionContext : DbContext, IDataProtectionKeyContext
    {
        public IdentityServiceDataProtectionContext(DbContextOptions<IdentityServiceDataProtectionContext> options) : base(options) { }

        public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys_IdentityService");
    }

    public class BillingApiDataProtectionContext : DbContext, IDataProtectionKeyContext
    {
        public BillingApiDataProtectionContext(DbContextOptions<BillingApiDataProtectionContext> options) : base(options) { }

        public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys_BillingApi");
    }
}
