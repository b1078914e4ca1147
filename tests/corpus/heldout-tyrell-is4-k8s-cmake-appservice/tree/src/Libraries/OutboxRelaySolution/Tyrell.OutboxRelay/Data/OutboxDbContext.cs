using Microsoft.EntityFrameworkCore;

namespace Tyrell.OutboxRelay.Data;

public class PendingUpdate
{
    public Guid Id { get; set; }
    public string Destination { get; set; } = string.Empty;
    public byte[] Body { get; set; } = Array.Empty<byte>();
    public int Attempts { get; set; }
}

public class OutboxDbContext : DbContext
{
    public OutboxDbContext(DbContextOptions<OutboxDbContext> options) : base(options) { }

    public DbSet<PendingUpdate> PendingUpdates => Set<PendingUpdate>();
}
