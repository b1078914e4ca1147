using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Pawnee.Infrastructure.Database
{
    public class SqlServerOptions
    {
        public string? Host { get; set; }
        public int? Port { get; set; }
        public string? Database { get; set; }
        public string? User { get; set; }
        public string? Password { get; set; }
        public string? ConnectionString { get; set; }
    }

    // Local SQL Server (the dev container started by sqlServer.sh) for the "sql" flag.
    public static class SqlServerProvider
    {
        private const string DefaultPassword = "YourStrong@Passw0rd";

        public static void AddSqlServerContext<TContext>(this IServiceCollection services, SqlServerOptions options)
            where TContext : DbContext
        {
            var connectionString = options.ConnectionString
                ?? $"Server={options.Host ?? "127.0.0.1"},{options.Port ?? 1433};Database={options.Database ?? "dbo"};"
                 + $"User Id={options.User ?? "SA"};Password={options.Password ?? DefaultPassword}";

            services.AddDbContext<TContext>(builder =>
            {
                builder.UseSqlServer(connectionString);
                builder.UseLazyLoadingProxies();
            });
        }

        public static void MigrateSqlContext<TContext>(this IApplicationBuilder app) where TContext : DbContext
        {
            using var scope = app.ApplicationServices.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            if (context.Database.IsSqlServer())
            {
                context.Database.EnsureCreated();
                context.Database.Migrate();
            }
        }
    }
}
