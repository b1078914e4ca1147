using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Microsoft.EntityFrameworkCore;

namespace Vandermeer.Larder.Identity.Infra;

public static class SeedData
{
    public static void SeedLarderIdentity(this IApplicationBuilder app)
    {
        using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();

        scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

        var configuration = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        configuration.Database.Migrate();

        if (!configuration.Clients.Any())
        {
            configuration.Clients.AddRange(Config.Clients.Select(c => c.ToEntity()));
            configuration.SaveChanges();
        }

        if (!configuration.IdentityResources.Any())
        {
            configuration.IdentityResources.AddRange(Config.IdentityResources.Select(r => r.ToEntity()));
            configuration.SaveChanges();
        }

        if (!configuration.ApiScopes.Any())
        {
            configuration.ApiScopes.AddRange(Config.ApiScopes.Select(s => s.ToEntity()));
            configuration.SaveChanges();
        }
    }
}
