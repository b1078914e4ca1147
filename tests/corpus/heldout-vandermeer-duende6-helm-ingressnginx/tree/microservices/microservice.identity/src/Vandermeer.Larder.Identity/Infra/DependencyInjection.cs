using Duende.IdentityServer.EntityFramework.DbContexts;
using Vandermeer.Platform.Infra.Database;

namespace Vandermeer.Larder.Identity.Infra;

public static class DependencyInjection
{
    public static IServiceCollection AddLarderIdentityInfra(this IServiceCollection services)
    {
        // both registrations run Database.Migrate(); the last one wins when a single DbInitializer is resolved
        services.AddTransient(sp => new DbInitializer(sp.GetRequiredService<PersistedGrantDbContext>()) { UseMigrations = true });
        services.AddTransient(sp => new DbInitializer(sp.GetRequiredService<ConfigurationDbContext>()) { UseMigrations = true });

        return services;
    }
}
