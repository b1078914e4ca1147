using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Vehement.Identity.Persistence;

// ASP.NET Core Identity tables plus the Data Protection key ring
public class VehementIdentityDbContext(DbContextOptions<VehementIdentityDbContext> options)
    : IdentityDbContext(options), IDataProtectionKeyContext
{
    public virtual DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = default!;
}
