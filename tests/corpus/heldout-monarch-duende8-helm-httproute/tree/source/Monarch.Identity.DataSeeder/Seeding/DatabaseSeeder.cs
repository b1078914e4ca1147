using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Monarch.Identity.Data;

namespace Monarch.Identity.DataSeeder.Seeding;

internal static class DatabaseSeeder
{
    public static async Task RunAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;

        await sp.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();
        await sp.GetRequiredService<ConfigurationDbContext>().Database.MigrateAsync();
        await sp.GetRequiredService<PersistedGrantDbContext>().Database.MigrateAsync();

        var configuration = sp.GetRequiredService<IConfiguration>();
        var adminFrontendSecret = configuration["AdminFrontend:ClientSecret"] ?? "secret";

        var db = sp.GetRequiredService<ConfigurationDbContext>();
        var existing = await db.Clients.Select(c => c.ClientId).ToListAsync();
        foreach (var client in Clients.All(adminFrontendSecret).Where(c => !existing.Contains(c.ClientId)))
        {
            db.Clients.Add(client.ToEntity());
        }
        await db.SaveChangesAsync();
    }
}
