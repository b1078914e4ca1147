using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dunder.Market.Identity.Data;

// Design-time only (dotnet ef migrations); never used when the service runs.
public class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IdentityDbContext>()
            .UseNpgsql("Host=localhost;Database=dundermarket;Username=postgres;Password=postgres")
            .Options;
        return new IdentityDbContext(options);
    }
}
