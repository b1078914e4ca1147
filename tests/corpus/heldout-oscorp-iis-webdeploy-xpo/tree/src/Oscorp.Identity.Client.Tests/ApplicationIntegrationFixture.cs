using DevExpress.Xpo.DB;

using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

using Microsoft.AspNetCore.Mvc.Testing;

using Oscorp.Identity;

namespace Oscorp.Identity.Client.Tests;

[CollectionDefinition(nameof(ApplicationIntegrationFixture))]
public class ApplicationIntegrationCollection : ICollectionFixture<ApplicationIntegrationFixture>
{
}

// Boots the real host against a throw-away MySQL container started by Testcontainers.
public sealed class ApplicationIntegrationFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program> factory;

    public MySqlTestcontainer Database { get; private set; }

    public HttpClient HttpClient { get; private set; }

    public async Task InitializeAsync()
    {
        Program.WriteLogFiles = false;

        Database = new TestcontainersBuilder<MySqlTestcontainer>()
            .WithDatabase(new MySqlTestcontainerConfiguration
            {
                Database = "oscorp_identity_tests",
                Username = "oscorp_tests",
                Password = "tests-only-pw",
            })
            .Build();
        await Database.StartAsync();

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.UseSetting(
                "ConnectionStrings:DefaultConnection",
                $"XpoProvider={MySqlConnectionProvider.XpoProviderTypeString};{Database.ConnectionString}"));

        HttpClient = factory.CreateClient();
        await factory.Services.GetRequiredService<DatabaseUpdateHandler>().UpdateDatabase();
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
