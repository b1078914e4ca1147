using Microsoft.EntityFrameworkCore;

namespace Vandermeer.Larder.Stock;

public class StockContext : DbContext
{
    public StockContext(DbContextOptions<StockContext> options) : base(options) { }

    public DbSet<StockItem> Items => Set<StockItem>();
}

public class StockItem
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public int Quantity { get; set; }
}
