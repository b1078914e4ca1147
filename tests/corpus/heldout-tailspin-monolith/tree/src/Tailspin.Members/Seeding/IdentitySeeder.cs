using Duende.IdentityServer;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Entities;
using Duende.IdentityServer.Models;
using IdentityModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailspin.Members.Data;

namespace Tailspin.Members.Seeding;

// Invoked only from Program.cs when the host is started with the /seed argument.
public static class IdentitySeeder
{
    public static async Task RunAsync(WebApplication app)
    {
        using var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();

        await scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.MigrateAsync();

        var configDb = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        await configDb.Database.MigrateAsync();

        await scope.ServiceProvider.GetRequiredService<MembersIdentityDbContext>().Database.MigrateAsync();

        await AddPortalClientAsync(configDb);
        await AddWorkerClientAsync(configDb);
    }

    private static async Task AddPortalClientAsync(ConfigurationDbContext db)
    {
        if (await db.Clients.AnyAsync(c => c.ClientId == "tailspin.portal"))
            return;

        db.Clients.Add(new Duende.IdentityServer.EntityFramework.Entities.Client
        {
            ClientId = "tailspin.portal",
            ClientSecrets =
            [
                new ClientSecret
                {
                    Type = IdentityServerConstants.SecretTypes.SharedSecret,
                    Value = "portal-secret-42af".Sha256()
                }
            ],
            AllowedGrantTypes =
            [
                new ClientGrantType { GrantType = GrantType.AuthorizationCode },
                new ClientGrantType { GrantType = GrantType.ClientCredentials }
            ],
            RedirectUris = [new ClientRedirectUri { RedirectUri = "https://localhost:3100/auth/callback" }],
            AllowedScopes =
            [
                new ClientScope { Scope = IdentityServerConstants.StandardScopes.OpenId },
                new ClientScope { Scope = IdentityServerConstants.StandardScopes.Profile },
                new ClientScope { Scope = "tailspin.api" }
            ]
        });
        await db.SaveChangesAsync();
    }

    private static async Task AddWorkerClientAsync(ConfigurationDbContext db)
    {
        if (await db.Clients.AnyAsync(c => c.ClientId == "tailspin.worker"))
            return;

        db.Clients.Add(new Duende.IdentityServer.EntityFramework.Entities.Client
        {
            ClientId = "tailspin.worker",
            ClientSecrets =
            [
                new ClientSecret
                {
                    Type = IdentityServerConstants.SecretTypes.SharedSecret,
                    Value = "worker-secret-7d1e".ToSha256()
                }
            ],
            AllowedGrantTypes = [new ClientGrantType { GrantType = GrantType.ClientCredentials }],
            AllowedScopes = [new ClientScope { Scope = "tailspin.api" }]
        });
        await db.SaveChangesAsync();
    }
}
