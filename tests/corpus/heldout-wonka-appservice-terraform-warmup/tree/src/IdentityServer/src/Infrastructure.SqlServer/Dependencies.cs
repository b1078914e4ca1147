using Microsoft.EntityFrameworkCore;

namespace Wonka.IdentityServer.Infrastructure.SqlServer;

// Alternative provider kept from the first iteration; the UI project no longer references it.
public static class Dependencies
{
    public static DbContextOptionsBuilder UseDefaultSqlServer(this DbContextOptionsBuilder builder, string connectionString)
    {
        builder.UseSqlServer(connectionString, sql =>
            sql.MigrationsAssembly(typeof(Dependencies).Assembly.GetName().Name));
        return builder;
    }
}
