using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Globex.AccountService.Api.Configs;
using Microsoft.EntityFrameworkCore;

namespace Globex.AccountService.Api.Extensions;

// Left over from the time clients lived in the EF configuration store.
// Nothing calls it any more: the host registers no ConfigurationDbContext or PersistedGrantDbContext.
internal static class DatabaseInitializer
{
    public static void InitializeDatabase(IApplicationBuilder app, IConfiguration configuration)
    {
        using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
        scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

        var config = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        config.Database.Migrate();

        if (!config.Clients.Any())
        {
            foreach (var client in Config.GetClients(configuration))
                config.Clients.Add(client.ToEntity());
            config.SaveChanges();
        }
    }
}
