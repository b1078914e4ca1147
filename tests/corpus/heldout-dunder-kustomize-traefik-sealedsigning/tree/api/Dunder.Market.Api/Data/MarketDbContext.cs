using Microsoft.EntityFrameworkCore;

namespace Dunder.Market.Api.Data;

public class Listing
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public decimal Price { get; set; }
}

public class MarketDbContext(DbContextOptions<MarketDbContext> options) : DbContext(options)
{
    public DbSet<Listing> Listings => Set<Listing>();
}
