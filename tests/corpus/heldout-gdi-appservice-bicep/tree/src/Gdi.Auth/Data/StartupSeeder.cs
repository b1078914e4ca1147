using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Gdi.Auth.Constants;
using Microsoft.AspNetCore.Identity;

namespace Gdi.Auth.Data;

/// <summary>Runs on every start: creates the three schemas, then seeds clients, scopes and the first administrator.</summary>
public static class StartupSeeder
{
    public static async Task RunAsync(IServiceProvider root, CancellationToken cancellationToken = default)
    {
        using var scope = root.CreateScope();
        var services = scope.ServiceProvider;
        var configuration = services.GetRequiredService<IConfiguration>();

        await services.GetRequiredService<UsersDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        await services.GetRequiredService<PersistedGrantDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        var configurationDb = services.GetRequiredService<ConfigurationDbContext>();
        await configurationDb.Database.EnsureCreatedAsync(cancellationToken);

        if (!configurationDb.Clients.Any())
        {
            foreach (var client in Catalog.Clients(configuration))
                configurationDb.Clients.Add(client.ToEntity());
        }

        var knownResources = configurationDb.IdentityResources.Select(r => r.Name).ToHashSet();
        foreach (var resource in Catalog.IdentityResources.Where(r => !knownResources.Contains(r.Name)))
            configurationDb.IdentityResources.Add(resource.ToEntity());

        var knownScopes = configurationDb.ApiScopes.Select(s => s.Name).ToHashSet();
        foreach (var apiScope in Catalog.ApiScopes.Where(s => !knownScopes.Contains(s.Name)))
            configurationDb.ApiScopes.Add(apiScope.ToEntity());

        await configurationDb.SaveChangesAsync(cancellationToken);

        var password = configuration[SettingKeys.AdminPassword]
            ?? throw new InvalidOperationException($"{SettingKeys.AdminPassword} is missing.");
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(Bootstrap.AdminUserName) is null)
        {
            await users.CreateAsync(
                new IdentityUser { UserName = Bootstrap.AdminUserName, Email = Bootstrap.AdminEmail, EmailConfirmed = true },
                password);
        }
    }
}
