using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fabrikam.Sso.Host.DataProtection;

public class KeyRingDbContext : DbContext, IDataProtectionKeyContext
{
    public KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
