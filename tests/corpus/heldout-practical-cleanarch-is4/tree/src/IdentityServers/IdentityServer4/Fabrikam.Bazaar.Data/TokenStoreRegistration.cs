using System.Linq;
using IdentityServer4;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class TokenStoreRegistration
{
    // Clients, resources and persisted grants live in SQL Server under the "sts" schema.
    public static IIdentityServerBuilder AddTokenStores(this IIdentityServerBuilder builder, string connectionString, string migrationsAssembly = "")
    {
        builder.AddConfigurationStore(options =>
        {
            options.ConfigureDbContext = db =>
                db.UseSqlServer(connectionString, sql =>
                {
                    if (!string.IsNullOrEmpty(migrationsAssembly))
                    {
                        sql.MigrationsAssembly(migrationsAssembly);
                    }
                });
            options.DefaultSchema = "sts";
        })
        .AddOperationalStore(options =>
        {
            options.ConfigureDbContext = db =>
                db.UseSqlServer(connectionString, sql =>
                {
                    if (!string.IsNullOrEmpty(migrationsAssembly))
                    {
                        sql.MigrationsAssembly(migrationsAssembly);
                    }
                });
            options.DefaultSchema = "sts";
            options.EnableTokenCleanup = true;
            options.TokenCleanupInterval = 45;
        });

        return builder;
    }

    // Called by the DbUpgrader console only.
    public static void MigrateTokenStores(this IApplicationBuilder app)
    {
        using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
        scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

        var config = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        config.Database.Migrate();

        if (!config.Clients.Any(c => c.ClientId == "bazaar-web"))
        {
            config.Clients.Add(new Client
            {
                ClientId = "bazaar-web",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                ClientSecrets = { new Secret("bazaar-web-dev-only".Sha256()) },
                RedirectUris = { "https://shop.example.test/signin-oidc" },
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, "bazaar.api" },
                AllowOfflineAccess = true,
            }.ToEntity());
            config.SaveChanges();
        }
    }
}
