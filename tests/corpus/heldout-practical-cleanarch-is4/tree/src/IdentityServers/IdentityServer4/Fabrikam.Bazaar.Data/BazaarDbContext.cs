using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fabrikam.Bazaar.Data;

// Application database; also holds the ASP.NET Core Data Protection key ring.
public class BazaarDbContext : DbContext, IDataProtectionKeyContext
{
    public BazaarDbContext(DbContextOptions<BazaarDbContext> options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; }
}
