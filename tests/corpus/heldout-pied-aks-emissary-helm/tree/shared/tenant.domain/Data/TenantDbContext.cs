using Microsoft.EntityFrameworkCore;

namespace Tenant.Domain.Data;

public class RestaurantMembership
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string RestaurantId { get; set; } = null!;
    public string? DefaultLocationId { get; set; }
    public List<string> Roles { get; set; } = new();
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

public class TenantDbContext : DbContext
{
    public TenantDbContext(DbContextOptions<TenantDbContext> options) : base(options) { }

    public DbSet<RestaurantMembership> RestaurantMemberships => Set<RestaurantMembership>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("tenant");
        modelBuilder.Entity<RestaurantMembership>().HasIndex(m => new { m.UserId, m.RestaurantId }).IsUnique();
    }
}
