using Duende.IdentityServer.EntityFramework.Options;
using Duende.IdentityServer.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Testcontainers.PostgreSql;
using Vance.Identity.Server.Setup;

namespace Vance.Identity.IntegrationTests.Helpers;

public sealed class ServerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly PostgreSqlContainer _database = new PostgreSqlBuilder()
        .WithDatabase("identity_tests")
        .WithUsername("postgres")
        .WithPassword("postgres")
        .Build();

    public Task InitializeAsync() => _database.StartAsync();

    public new Task DisposeAsync() => _database.DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:IdentityDb", _database.GetConnectionString());
        builder.ConfigureServices(services =>
        {
            services.Configure<MigrationsOptions>(o =>
            {
                o.ApplyMigrations = true;
                o.SeedData = true;
            });
            services.Configure<IdentityConfig>(c =>
            {
                c.ApiScopes = [new ApiScope("ledger-test")];
                c.Clients =
                [
                    new Client
                    {
                        ClientId = "test-client",
                        ClientSecrets = [new Secret("test-secret")],
                        AllowedGrantTypes = GrantTypes.ClientCredentials,
                        AllowedScopes = ["ledger-test"]
                    }
                ];
            });
            // The cleanup timer only adds noise to test runs.
            services.Configure<OperationalStoreOptions>(o => o.EnableTokenCleanup = false);
        });
    }
}
