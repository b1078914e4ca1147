using Globex.AccountService.Domain;
using Globex.AccountService.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Globex.AccountService.Infrastructure.Data;

/// <summary>ASP.NET Identity tables plus the account domain. IdentityServer has no tables here.</summary>
public class AccountDbContext(DbContextOptions<AccountDbContext> options)
    : IdentityDbContext<GlobexUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Merchant> Merchants => Set<Merchant>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Merchant>(b =>
        {
            b.ToTable("Merchants");
            b.HasKey(m => m.Id);
            b.Property(m => m.DisplayName).HasMaxLength(200);
        });
    }
}
