using Configuration;
using IdentityModel;
using IdentityServer4;
using IdentityServer4.Models;
using Models.Defaults;
using System.Collections.Generic;
using System.Security.Claims;

namespace IdentityServer.Configuration
{
    public static class IdentityConfig
    {
        public static IEnumerable<ApiResource> Apis =>
            new[]
            {
                new ApiResource("bluestar-api", "Bluestar API")
                {
                    Scopes =
                    {
                        new Scope(nameof(Scopes.ProjectRead)),
                        new Scope(nameof(Scopes.ProjectWrite)),
                        new Scope(nameof(Scopes.UserRead)),
                        new Scope(nameof(Scopes.UserWrite))
                    }
                },
                new ApiResource(IdentityServerConstants.LocalApi.ScopeName)
            };

        public static IEnumerable<IdentityResource> IdentityResources() =>
            new List<IdentityResource>
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResources.Email()
            };

        public static IEnumerable<Client> Clients(Config config) =>
            new[]
            {
                // used by the end-to-end suite, registered in every environment
                new Client
                {
                    ClientId = "e2e-suite",
                    AllowedGrantTypes = GrantTypes.Code,
                    ClientSecrets = { new Secret("bluestar-e2e".Sha256()) },
                    AllowedScopes = { nameof(Scopes.ProjectRead), nameof(Scopes.UserRead) }
                },

                // API -> identity (local API)
                new Client
                {
                    ClientId = "bluestar-api",
                    AllowedGrantTypes = GrantTypes.ClientCredentials,
                    ClientSecrets = { new Secret(config.ApiAuthentication.ClientSecret.Sha256()) },
                    AllowedScopes = { IdentityServerConstants.LocalApi.ScopeName },
                    Claims = new List<Claim> { new Claim(JwtClaimTypes.Role, Roles.BackendApplication) }
                },

                // identity -> API
                new Client
                {
                    ClientId = "bluestar-api-client",
                    AllowedGrantTypes = GrantTypes.ClientCredentials,
                    ClientSecrets = { new Secret(config.Api.ClientSecret.Sha256()) },
                    AllowedScopes = { nameof(Scopes.ProjectRead), nameof(Scopes.ProjectWrite), nameof(Scopes.UserRead), nameof(Scopes.UserWrite) },
                    Claims = new List<Claim> { new Claim(JwtClaimTypes.Role, Roles.BackendApplication) }
                },

                // Angular single-page front end
                new Client
                {
                    ClientId = "bluestar-frontend",
                    ClientName = "Bluestar web front end",
                    ClientSecrets = { new Secret(config.Frontend.ClientSecret.Sha256()) },
                    AllowedGrantTypes = GrantTypes.Code,
                    RequirePkce = true,
                    RequireClientSecret = false,
                    RequireConsent = false,
                    RedirectUris = new List<string>
                    {
                        config.Frontend.RedirectUriFrontend,
                        config.Frontend.RedirectUriPostman,
                        config.Frontend.RefreshUriFrontend
                    },
                    PostLogoutRedirectUris = new List<string> { config.Frontend.PostLogoutUriFrontend },
                    AllowedScopes = new List<string>
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Profile,
                        IdentityServerConstants.StandardScopes.Email,
                        "bluestar-api"
                    },
                    AllowAccessTokensViaBrowser = true,
                    AllowOfflineAccess = true
                },

                // Swagger UI of the API
                new Client
                {
                    ClientId = "Swagger-UI",
                    ClientName = "Swagger UI",
                    AllowedGrantTypes = GrantTypes.Implicit,
                    AllowAccessTokensViaBrowser = true,
                    RedirectUris = new List<string> { config.Swagger.RedirectUrisSwagger },
                    PostLogoutRedirectUris = new List<string> { config.Swagger.PostLogoutUrisSwagger },
                    AllowedScopes = new List<string>
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Profile,
                        "bluestar-api"
                    }
                },

                // background job scheduler
                new Client
                {
                    ClientId = config.Scheduler.ClientId,
                    ClientName = "Bluestar job scheduler",
                    AllowedGrantTypes = GrantTypes.ClientCredentials,
                    ClientSecrets = { new Secret(config.Scheduler.ClientSecret.Sha256()) },
                    AllowedScopes = { "bluestar-api" },
                    Claims = new List<Claim> { new Claim(JwtClaimTypes.Role, Roles.BackendApplication) }
                },

                // xUnit integration tests, also registered in every environment
                new Client
                {
                    ClientId = "IntegrationTestRunner",
                    ClientName = "IntegrationTestRunner",
                    AllowedGrantTypes = GrantTypes.ClientCredentials,
                    ClientSecrets = { new Secret("IntegrationTestRunner".Sha256()) },
                    AllowedScopes = { "bluestar-api", nameof(Scopes.ProjectRead), nameof(Scopes.ProjectWrite) },
                    Claims = new List<Claim> { new Claim(JwtClaimTypes.Role, Roles.BackendApplication) },
                    AccessTokenLifetime = 86400,
                    IdentityTokenLifetime = 86400
                }
            };
    }
}
