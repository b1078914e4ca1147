using Duende.IdentityServer.Models;

namespace Gdi.Passport.Seeder.Dataset;

public interface IEnvDataset
{
	IEnumerable<IdentityResource> IdentityResources { get; }
	IEnumerable<ApiScope> ApiScopes { get; }
	IEnumerable<Client> Clients { get; }
}
