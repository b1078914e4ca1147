using Microsoft.EntityFrameworkCore;

namespace BestForYou.Shop.Infrastructure.Database;

public sealed class ShopDbContext : DbContext
{
    public ShopDbContext(DbContextOptions<ShopDbContext> options) : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("shop");
        base.OnModelCreating(modelBuilder);
    }
}
