using Microsoft.EntityFrameworkCore;
using TpsShared;

namespace api;

public class ReportsDbContext : DbContext
{
    public ReportsDbContext(DbContextOptions<ReportsDbContext> options) : base(options)
    {
    }

    public DbSet<TpsReport> Reports => Set<TpsReport>();

    public static async Task MigrateWithRetryAsync(IServiceProvider services)
    {
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            try
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
                if (db.Database.IsSqlServer())
                {
                    await db.Database.MigrateAsync();
                }
                return;
            }
            catch when (attempt < 10)
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
            }
        }
    }
}

public class TpsReportService : ITpsReportService
{
    private readonly ReportsDbContext _db;

    public TpsReportService(ReportsDbContext db) => _db = db;

    public async Task<IReadOnlyList<TpsReport>> ListAsync() => await _db.Reports.AsNoTracking().ToListAsync();
}
