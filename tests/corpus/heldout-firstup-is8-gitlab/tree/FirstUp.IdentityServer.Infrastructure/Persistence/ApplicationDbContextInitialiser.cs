using IdentityServer.Infrastructure.Common;
using IdentityServer8.EntityFramework.Mappers;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IdentityServer.Infrastructure.Persistence;

public class ApplicationDbContextInitialiser
{
    public static void MigrateDatabase(IApplicationBuilder app)
    {
        IServiceScope scope = app.ApplicationServices.CreateScope();

        PersistedGrantDbContext? grants = scope.ServiceProvider.GetService<PersistedGrantDbContext>();
        if (grants != null)
        {
#if DEBUG
            grants.Database.Migrate();
#endif
        }

        ApplicationDbContext? application = scope.ServiceProvider.GetService<ApplicationDbContext>();
        if (application != null)
        {
#if DEBUG
            application.Database.Migrate();
#endif
        }

        ConfigurationDbContext? configuration = scope.ServiceProvider.GetService<ConfigurationDbContext>();
        if (configuration != null)
        {
#if DEBUG
            configuration.Database.Migrate();
#endif
        }
    }

    public static void SeedAsync(IApplicationBuilder app)
    {
        IServiceScope scope = app.ApplicationServices.CreateScope();
        ConfigurationDbContext context = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        IConfiguration configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();

        if (!context.Clients.Any())
        {
            foreach (IdentityServer8.Models.Client client in ClientStore.Get(configuration))
            {
                context.Clients.Add(client.ToEntity());
            }
        }

        if (!context.IdentityResources.Any())
        {
            foreach (IdentityServer8.Models.IdentityResource resource in ResourceStore.GetIdentityResources())
            {
                context.IdentityResources.Add(resource.ToEntity());
            }
        }

        if (!context.ApiScopes.Any())
        {
            foreach (IdentityServer8.Models.ApiScope apiScope in ScopeStore.GetApiScopes())
            {
                context.ApiScopes.Add(apiScope.ToEntity());
            }
        }

        context.SaveChanges();
    }
}
