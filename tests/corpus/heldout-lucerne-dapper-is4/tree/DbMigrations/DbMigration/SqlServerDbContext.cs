using Lucerne.Identity.Core.Entities.Clients;
using Microsoft.EntityFrameworkCore;

namespace DbMigration
{
    // Used only at design time to create the schema the Dapper repositories read.
    public class SqlServerDbContext : DbContext
    {
        public SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : base(options)
        {
        }

        public DbSet<Client> Clients { get; set; }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Client>().ToTable("Clients");
            modelBuilder.Entity<Client>().Ignore(c => c.ClientSecrets);
            modelBuilder.Entity<Client>().Ignore(c => c.AllowedCorsOrigins);
        }
    }
}
