using Microsoft.EntityFrameworkCore;

namespace Vandermeer.Platform.Infra.Database;

public class DbInitializer
{
    private readonly DbContext _context;

    public DbInitializer(DbContext context) => _context = context;

    public bool UseMigrations { get; set; }

    public void Run()
    {
        if (UseMigrations)
        {
            _context.Database.Migrate();
            return;
        }

        _context.Database.EnsureDeleted();
        _context.Database.EnsureCreated();
    }
}
