using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Vandermeer.Platform.Tests;

// Swaps the SQL Server context for an in-memory SQLite connection in integration tests
public class LarderWebApplicationFactory<TProgram, TContext> : WebApplicationFactory<TProgram>
    where TProgram : class where TContext : DbContext
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            var options = services.SingleOrDefault(d => d.ServiceType == typeof(DbContextOptions<TContext>));
            if (options != null) services.Remove(options);

            services.AddSingleton<DbConnection>(_ =>
            {
                var connection = new SqliteConnection("DataSource=:memory:");
                connection.Open();
                return connection;
            });

            services.AddDbContext<TContext>((sp, db) => db.UseSqlite(sp.GetRequiredService<DbConnection>()));
        });

        builder.UseEnvironment("Development");
    }
}
