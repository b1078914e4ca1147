using Microsoft.EntityFrameworkCore;

namespace Wonka.IdentityServer.Infrastructure.PostgreSql;

public static class Dependencies
{
    private static string MigrationsAssembly =>
        typeof(Dependencies).Assembly.GetName().Name
        ?? throw new InvalidOperationException("Assembly name unavailable.");

    public static DbContextOptionsBuilder<T> UseDefaultNpgsql<T>(this DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));
        return builder;
    }

    public static DbContextOptionsBuilder UseDefaultNpgsql(this DbContextOptionsBuilder builder, string connectionString)
    {
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));
        return builder;
    }
}
