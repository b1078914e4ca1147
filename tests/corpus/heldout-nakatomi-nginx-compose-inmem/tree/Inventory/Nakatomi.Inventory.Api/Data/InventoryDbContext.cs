using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Nakatomi.Inventory.Api.Data;

public class DatabaseSettings
{
    public const string SectionName = "Database";

    public string ConnectionString { get; set; } = null!;

    public string? EnvVar { get; set; }
}

public class InventoryItem
{
    public int Id { get; set; }

    public string Name { get; set; } = null!;

    public decimal Price { get; set; }
}

public class InventoryDbContext : DbContext
{
    private readonly DatabaseSettings _settings;

    public InventoryDbContext(DbContextOptions<InventoryDbContext> options, IOptionsMonitor<DatabaseSettings> settings)
        : base(options)
    {
        _settings = settings.CurrentValue;
    }

    public DbSet<InventoryItem> Items { get; set; } = null!;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // a platform DATABASE_URL wins over the configured key/value string
        var fromEnv = string.IsNullOrEmpty(_settings.EnvVar) ? null : Environment.GetEnvironmentVariable(_settings.EnvVar);
        optionsBuilder.UseNpgsql(fromEnv ?? _settings.ConnectionString);
    }
}
