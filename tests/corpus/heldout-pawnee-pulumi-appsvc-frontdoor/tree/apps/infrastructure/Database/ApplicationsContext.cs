using Microsoft.EntityFrameworkCore;
using Pawnee.Common.Models;

namespace Pawnee.Infrastructure.Database
{
    public class ApplicationsContext : DbContext
    {
        public ApplicationsContext(DbContextOptions<ApplicationsContext> options) : base(options)
        {
        }

        public DbSet<ApplicationModel> Applications { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<ApplicationModel>().OwnsMany(a => a.Locations);
        }
    }
}
