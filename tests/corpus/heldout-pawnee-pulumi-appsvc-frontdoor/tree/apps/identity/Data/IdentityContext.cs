using IdentityServer4.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Pawnee.Identity.Data
{
    public class ParkUser : IdentityUser
    {
        public string? FullName { get; set; }
        public string? Department { get; set; }
    }

    // One Cosmos container (named after the context) holds users and grants.
    public class IdentityContext : IdentityDbContext<ParkUser>
    {
        public IdentityContext(DbContextOptions<IdentityContext> options) : base(options)
        {
        }

        public DbSet<PersistedGrant> Grants { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            builder.Entity<PersistedGrant>().HasKey(g => g.Key);
        }
    }
}
