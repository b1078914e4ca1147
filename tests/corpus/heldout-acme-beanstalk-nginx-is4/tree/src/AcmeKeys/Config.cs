using System;
using System.Collections.Generic;
using System.Linq;
using IdentityServer4;
using IdentityServer4.Models;
using Microsoft.Extensions.Configuration;

namespace AcmeKeys
{
	// Seeded into the configuration store by DatabaseInitializer (non-Production stages).
	public class Config
	{
		private readonly IConfiguration _configuration;

		public Config(IConfiguration configuration)
		{
			_configuration = configuration;
		}

		public IEnumerable<IdentityResource> GetIdentityResources() => new List<IdentityResource>
		{
			new IdentityResources.OpenId(),
			new IdentityResources.Profile(),
			new IdentityResources.Email(),
		};

		public IEnumerable<ApiResource> GetApis() => new List<ApiResource>
		{
			new ApiResource
			{
				Name = "portal_backend",
				Description = "Acme Portal API",
				UserClaims = { "role", "email" },
				Scopes =
				{
					new Scope
					{
						Name = "portal_backend",
						DisplayName = "Full access to the Acme Portal API",
						UserClaims = new[] { "role", "allowed_apps" }
					}
				}
			}
		};

		public IEnumerable<Client> GetClients()
		{
			var clientOrigins = _configuration.GetValue<string>("ClientUris")
				.Split(",", StringSplitOptions.RemoveEmptyEntries);
			var accessTokenLifetime = _configuration.GetValue<string>("AccessTokenLifetime");

			var portalUri = clientOrigins.FirstOrDefault(uri => uri.Contains("reporter.acme-cloud.io"))
				?? clientOrigins.FirstOrDefault(uri => uri.Contains("acme-portal"));

			return new List<Client>
			{
				new Client
				{
					ClientId = "acme-portal",
					ClientName = "Acme Portal",
					ClientUri = portalUri,

					AllowedGrantTypes = GrantTypes.Code,
					RequireClientSecret = false,
					RequireConsent = false,

					RedirectUris = clientOrigins.Select(origin => $"{origin}/login/callback").ToArray(),
					PostLogoutRedirectUris = clientOrigins,
					AllowedCorsOrigins = clientOrigins,

					AccessTokenLifetime = Int32.Parse(accessTokenLifetime),

					AllowedScopes =
					{
						IdentityServerConstants.StandardScopes.OpenId,
						IdentityServerConstants.StandardScopes.Profile,
						IdentityServerConstants.StandardScopes.Email,
						"portal_backend"
					},

					AllowOfflineAccess = true,
				}
			};
		}
	}
}
