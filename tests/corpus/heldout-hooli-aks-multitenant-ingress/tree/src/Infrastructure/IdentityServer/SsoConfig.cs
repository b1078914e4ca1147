using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Hooli.Infrastructure.IdentityServer;

public static class SsoConfig
{
    public static IEnumerable<IdentityResource> IdentityResources =>
        new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
        };

    public static IEnumerable<ApiScope> ApiScopes =>
        new[] { new ApiScope("hooli_api", "Hooli API") };

    public static IEnumerable<Client> Clients =>
        new[]
        {
            new Client
            {
                ClientId = "hooli-web",
                ClientSecrets = { new Secret("hooli-web-shared-secret".Sha256()) },
                AllowedGrantTypes = GrantTypes.Code,
                RedirectUris =
                {
                    "http://hooli-sso:80/signin-oidc",
                    "http://sso.5e0b7c1d94a2483f8c66.westeurope.aksapp.io/signin-oidc",
                },
                PostLogoutRedirectUris =
                {
                    "http://hooli-sso:80/signout-callback-oidc",
                    "http://sso.5e0b7c1d94a2483f8c66.westeurope.aksapp.io/signout-callback-oidc",
                },
                AllowOfflineAccess = true,
                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    "hooli_api",
                },
                AllowedCorsOrigins =
                {
                    "http://sso.5e0b7c1d94a2483f8c66.westeurope.aksapp.io",
                },
            },
        };
}
