using Microsoft.EntityFrameworkCore;
using Models;

namespace Data
{
    // The identity host's own user table; IdentityServer's clients and grants stay in memory.
    public class IdentityDbContext : DbContext
    {
        public IdentityDbContext(DbContextOptions<IdentityDbContext> options) : base(options) { }

        public DbSet<IdentityUser> IdentityUser { get; set; }
    }
}
