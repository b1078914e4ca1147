using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wonka.IdentityServer.Infrastructure.Identity;
using Wonka.IdentityServer.UI.Utils;

namespace Wonka.IdentityServer.IntegratedTest.Fixtures;

// Test-only host: recreates and migrates a throw-away database, then warms up with WarmUp=Exit.
public class IdentityServerFactory : WebApplicationFactory<UI.Program>
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _databaseReady;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.ConfigureHostConfiguration(config =>
        {
            config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:DockerPostgreSql"] = ConnectionStrings.Postgres("WonkaIdentity-IntegrationTests"),
            });
        });
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("WarmUp", WarmUpBehavior.Normal.ToString());
        builder.ConfigureServices(services =>
        {
            Gate.Wait();
            try
            {
                if (_databaseReady) return;
                using var scope = services.BuildServiceProvider().CreateScope();
                var sp = scope.ServiceProvider;
                foreach (DbContext db in new DbContext[]
                {
                    sp.GetRequiredService<ApplicationDbContext>(),
                    sp.GetRequiredService<ConfigurationDbContext>(),
                    sp.GetRequiredService<PersistedGrantDbContext>(),
                })
                {
                    db.Database.EnsureDeleted();
                    db.Database.Migrate();
                }
                _databaseReady = true;
            }
            finally
            {
                Gate.Release();
            }
        });
    }
}

public static class ConnectionStrings
{
    public static string Postgres(string database) =>
        $"Host=localhost;Database={database};Port=5432;Username=postgres;Password=postgres;Include Error Detail=true";
}
