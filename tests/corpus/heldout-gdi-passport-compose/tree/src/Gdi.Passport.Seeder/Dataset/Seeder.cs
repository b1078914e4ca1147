using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;

namespace Gdi.Passport.Seeder.Dataset;

public static class Seeder
{
	public static void SeedDatabase(this IApplicationBuilder app, IEnvDataset dataset)
	{
		using var scope = app.ApplicationServices.CreateScope();
		var catalog = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();

		if (!catalog.Clients.Any())
		{
			catalog.Clients.AddRange(dataset.Clients.Select(c => c.ToEntity()));
		}

		if (!catalog.IdentityResources.Any())
		{
			catalog.IdentityResources.AddRange(dataset.IdentityResources.Select(r => r.ToEntity()));
		}

		if (!catalog.ApiScopes.Any())
		{
			catalog.ApiScopes.AddRange(dataset.ApiScopes.Select(s => s.ToEntity()));
		}

		catalog.SaveChanges();
	}
}
