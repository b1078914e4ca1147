using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DbMigration.Factories
{
    public class SqlServerDbContextFactory : IDesignTimeDbContextFactory<SqlServerDbContext>
    {
        public SqlServerDbContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<SqlServerDbContext>();

            // point this at your own server before running Update-Database
            options.UseSqlServer("Data Source=(localdb)\\MSSQLLocalDB;Initial Catalog=LucerneIdentity;Integrated Security=True;");

            return new SqlServerDbContext(options.Options);
        }
    }
}
