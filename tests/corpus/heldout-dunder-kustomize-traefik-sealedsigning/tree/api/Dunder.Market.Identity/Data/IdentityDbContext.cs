using Dunder.Market.Identity.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dunder.Market.Identity.Data;

public class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>().ToTable("Users").HasIndex(u => u.Email).IsUnique();
    }
}
