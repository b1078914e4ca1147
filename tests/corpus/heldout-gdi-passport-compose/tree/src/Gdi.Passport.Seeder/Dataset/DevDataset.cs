using Duende.IdentityModel;
using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Gdi.Passport.Seeder.Dataset;

public class DevDataset : IEnvDataset
{
	public IEnumerable<IdentityResource> IdentityResources =>
	[
		new IdentityResources.OpenId(),
		new IdentityResources.Profile(),
		new IdentityResource("enrolment", [JwtClaimTypes.Email, JwtClaimTypes.EmailVerified]),
	];

	public IEnumerable<ApiScope> ApiScopes => [new ApiScope("portfolio", "Portfolio API")];

	public IEnumerable<Client> Clients =>
	[
		new Client
		{
			ClientId = "studio-web",
			ClientSecrets = { new Secret("gallery-secret".Sha256()) },
			AllowedGrantTypes = GrantTypes.Code,
			RedirectUris = { "https://localhost:6001/signin" },
			PostLogoutRedirectUris = { "https://localhost:6001/signout" },
			AllowOfflineAccess = true,
			AllowedScopes =
			{
				IdentityServerConstants.StandardScopes.OpenId,
				IdentityServerConstants.StandardScopes.Profile,
				"enrolment",
				"portfolio",
			},
		},
	];
}
