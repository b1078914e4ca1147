using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Models;
using Gdi.Passport.Configuration;
using Gdi.Passport.Database.Migrations;
using Gdi.Passport.Seeder.Dataset;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Testcontainers.PostgreSql;
using Xunit;

namespace Gdi.Passport.IntegrationTests.Fixtures;

public class IntegrationTestFixture : IAsyncLifetime
{
	private readonly PostgreSqlContainer _database = new PostgreSqlBuilder("postgres:17").Build();

	internal WebApplicationFactory<Program> Factory { get; private set; } = null!;

	public async ValueTask InitializeAsync()
	{
		await _database.StartAsync();
		var connection = _database.GetConnectionString();

		Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
		{
			host.UseEnvironment("Tests");
			host.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
			{
				[$"ConnectionStrings:{ConfigurationKey.ConnectionString.AccountsDb}"] = connection,
				[$"ConnectionStrings:{ConfigurationKey.ConnectionString.ClientCatalogDb}"] = connection,
				[$"ConnectionStrings:{ConfigurationKey.ConnectionString.GrantStoreDb}"] = connection,
			}));
		});

		using var scope = Factory.Services.CreateScope();
		await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();
		await scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>().Database.MigrateAsync();
		await scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.MigrateAsync();

		var catalog = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
		catalog.Clients.AddRange(new DevDataset().Clients.Select(c => c.ToEntity()));
		catalog.Clients.Add(new Client
		{
			ClientId = "integration-client",
			ClientSecrets = { new Secret("integration-secret".Sha256()) },
			AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
			AllowedScopes = { "openid", "profile", "portfolio" },
			AllowOfflineAccess = true,
		}.ToEntity());
		await catalog.SaveChangesAsync();
	}

	public async ValueTask DisposeAsync()
	{
		await Factory.DisposeAsync();
		await _database.StopAsync();
	}
}
