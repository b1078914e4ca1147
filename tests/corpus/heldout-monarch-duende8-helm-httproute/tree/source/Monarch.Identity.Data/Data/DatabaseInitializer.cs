using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

using Duende.IdentityServer;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Models;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using Monarch.Identity.Core.Models.Identity;

namespace Monarch.Identity.Data;

/// <summary>Migrates and seeds the identity database; called by the host at startup.</summary>
public class DatabaseInitializer(IApplicationBuilder app)
{
    private ILogger _logger = null!;

    public void InitializeDatabase()
    {
        using IServiceScope scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
        _logger = scope.ServiceProvider.GetRequiredService<ILogger<DatabaseInitializer>>();

        // one physical database, one __EFMigrationsHistory table: migrate one context at a time
        MigrateIfNeeded(scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>()).GetAwaiter().GetResult();
        MigrateIfNeeded(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>()).GetAwaiter().GetResult();
        MigrateIfNeeded(scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>()).GetAwaiter().GetResult();

        SeedConfiguration(scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>());
        SeedAdministrator(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    private async Task MigrateIfNeeded(DbContext context)
    {
        if ((await context.Database.GetPendingMigrationsAsync()).Any())
        {
            _logger.LogInformation("Applying migrations for {Context}", context.GetType().Name);
            await context.Database.MigrateAsync();
        }
    }

    private void SeedConfiguration(ConfigurationDbContext context)
    {
        if (!context.Clients.Any())
        {
            foreach (Client client in Clients())
            {
                context.Clients.Add(client.ToEntity());
            }
            context.SaveChanges();
        }

        foreach (IdentityResource resource in IdentityResources().Where(r => !context.IdentityResources.Any(x => x.Name == r.Name)))
        {
            context.IdentityResources.Add(resource.ToEntity());
        }
        context.SaveChanges();

        if (!context.ApiResources.Any(a => a.Name == "api"))
        {
            context.ApiResources.Add(new ApiResource("api", "Monarch API").ToEntity());
            context.SaveChanges();
        }
    }

    private void SeedAdministrator(UserManager<ApplicationUser> users)
    {
        if (users.FindByNameAsync("admin").Result != null)
        {
            return;
        }

        var admin = new ApplicationUser { UserName = "admin", Email = "admin@localhost.net" };
        var result = users.CreateAsync(admin, "Ch@ng3M3!").Result;
        if (!result.Succeeded)
        {
            _logger.LogError("Could not create the admin user: {Errors}", string.Join(", ", result.Errors.Select(e => e.Description)));
        }
    }

    private static IEnumerable<IdentityResource> IdentityResources() =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email(),
        new IdentityResource("roles", "User roles", ["role"]),
    ];

    private static IEnumerable<Client> Clients() =>
    [
        new Client
        {
            ClientId = "client",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("secret".Sha256()) },
            AllowedScopes = { "api" }
        },
        new Client
        {
            ClientId = "ro.client",
            AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
            ClientSecrets = { new Secret("secret".Sha256()) },
            AllowedScopes = { "api" }
        },
        new Client
        {
            ClientId = "mvc",
            ClientName = "MVC Client",
            AllowedGrantTypes = GrantTypes.HybridAndClientCredentials,
            RequireConsent = true,
            ClientSecrets = { new Secret("secret".Sha256()) },
            RedirectUris = { "http://localhost:5002/signin-oidc" },
            PostLogoutRedirectUris = { "http://localhost:5002" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "api"
            },
            AllowOfflineAccess = true
        }
    ];
}
