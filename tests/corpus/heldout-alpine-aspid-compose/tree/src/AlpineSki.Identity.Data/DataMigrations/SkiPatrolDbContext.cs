using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AlpineSki.Identity.Data.DataMigrations;

public class SkiPatrolDbContext : IdentityDbContext<SkiPatrolUser>
{
    public SkiPatrolDbContext(DbContextOptions<SkiPatrolDbContext> options)
        : base(options)
    {
    }
}
