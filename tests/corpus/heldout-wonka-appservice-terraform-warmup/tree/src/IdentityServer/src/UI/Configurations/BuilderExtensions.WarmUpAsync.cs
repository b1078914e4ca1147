using System.Diagnostics;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.AspNetCore.Identity;
using Wonka.IdentityServer.Infrastructure.Identity;
using Wonka.IdentityServer.Infrastructure.IdentityServer;

namespace Wonka.IdentityServer.UI.Configurations;

public static partial class BuilderExtensions
{
    // Seeds clients, resources and roles into the existing schema.
    public static async Task<IHost> WarmUpAsync(this IHost host)
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var watch = services.GetRequiredService<Stopwatch>();

        await Program.SeedLock.WaitAsync();
        try
        {
            var configurationDb = services.GetRequiredService<ConfigurationDbContext>();
            var rows = await configurationDb.SeedConfigurationAsync(
                IdentityServerConfigurations.IdentityResources,
                IdentityServerConfigurations.ApiScopes,
                IdentityServerConfigurations.ApiResources,
                IdentityServerConfigurations.Clients);

            var roles = services.GetRequiredService<RoleManager<ApplicationRole>>();
            await roles.EnsureRolesAsync(Utils.Role.All);

            services.GetRequiredService<ILogger<ConfigurationDbContext>>()
                .LogInformation("Seeded {Rows} row(s) in {Seconds} s.", rows, watch.ElapsedMilliseconds / 1000.0);
        }
        finally
        {
            Program.SeedLock.Release();
        }

        return host;
    }
}
