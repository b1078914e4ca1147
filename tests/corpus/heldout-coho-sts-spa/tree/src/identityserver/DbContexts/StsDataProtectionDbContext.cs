using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Coho.Sts.Admin.DbContexts;

/// <summary>
/// Key table for ASP.NET Core Data Protection.
/// </summary>
public class StsDataProtectionDbContext : DbContext, IDataProtectionKeyContext
{
    public StsDataProtectionDbContext(DbContextOptions<StsDataProtectionDbContext> options) : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; }
}
