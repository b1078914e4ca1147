using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using Microsoft.EntityFrameworkCore;

namespace Tyrell.Services.IdentityService.Services;

// Clients are deleted and re-added on every start so that secrets and URLs
// follow configuration; resources and scopes are only added when missing
public class ClientConfigurationSeeder
{
    private readonly ConfigurationDbContext context;
    private readonly IConfiguration configuration;

    public ClientConfigurationSeeder(ConfigurationDbContext context, IConfiguration configuration) =>
        (this.context, this.configuration) = (context, configuration);

    public async Task SeedAsync()
    {
        Config.Configuration = configuration;

        foreach (var client in Config.Clients)
        {
            await context.Clients.Where(entity => entity.ClientId == client.ClientId).ExecuteDeleteAsync();
            context.Clients.Add(client.ToEntity());
        }

        foreach (var resource in Config.IdentityResources.Where(r => !context.IdentityResources.Any(e => e.Name == r.Name)))
        {
            context.IdentityResources.Add(resource.ToEntity());
        }

        foreach (var scope in Config.ApiScopes.Where(s => !context.ApiScopes.Any(e => e.Name == s.Name)))
        {
            context.ApiScopes.Add(scope.ToEntity());
        }

        foreach (var api in Config.ApiResources.Where(a => !context.ApiResources.Any(e => e.Name == a.Name)))
        {
            context.ApiResources.Add(api.ToEntity());
        }

        await context.SaveChangesAsync();
    }
}
