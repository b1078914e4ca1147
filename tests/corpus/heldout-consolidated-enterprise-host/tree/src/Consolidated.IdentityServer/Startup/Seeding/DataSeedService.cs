using Consolidated.IdentityServer.Configuration.InMemory;
using Consolidated.IdentityServer.Constants;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Microsoft.EntityFrameworkCore;

namespace Consolidated.IdentityServer.Startup.Seeding;

public static class DataSeedService
{
    public static async Task SeedDataAsync(string[] args, WebApplication app)
    {
        bool seedData = !app.Environment.IsProduction() ||
                        args.Contains("/seed") ||
                        app.Configuration.GetValue(ConfigurationKeys.SeedData, false);

        if (!seedData)
        {
            return;
        }

        using IServiceScope scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        ConfigurationDbContext context = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();

        if (!await context.IdentityResources.AnyAsync())
        {
            foreach (var resource in ConfigurationData.IdentityResources)
            {
                context.IdentityResources.Add(resource.ToEntity());
            }
        }

        if (!await context.ApiScopes.AnyAsync())
        {
            foreach (var scopeModel in ConfigurationData.ApiScopes)
            {
                context.ApiScopes.Add(scopeModel.ToEntity());
            }
        }

        await context.SaveChangesAsync();
    }
}
