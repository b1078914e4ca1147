using Fabrikam.Bazaar.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class DataRegistration
{
    public static IServiceCollection AddBazaarData(this IServiceCollection services, string connectionString, string migrationsAssembly = "")
    {
        services.AddDbContext<BazaarDbContext>(options => options.UseSqlServer(connectionString, sql =>
        {
            if (!string.IsNullOrEmpty(migrationsAssembly))
            {
                sql.MigrationsAssembly(migrationsAssembly);
            }
        }));

        return services;
    }

    public static void MigrateBazaarDb(this IApplicationBuilder app)
    {
        using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
        scope.ServiceProvider.GetRequiredService<BazaarDbContext>().Database.Migrate();
    }
}
