using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;

namespace Contoso.Identity
{
    public static class Config
    {
        public static IEnumerable<IdentityResource> GetIdentityResources() => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile()
        };

        public static IEnumerable<ApiResource> GetApis() => new[]
        {
            new ApiResource("contoso-polls-api", "Contoso Polls API")
        };

        public static IEnumerable<Client> GetClients(string uiClientUrl, string swaggerClientUrl) => new[]
        {
            new Client
            {
                ClientId = "contoso-polls-swagger",
                ClientName = "Contoso Polls API Swagger UI",
                AllowedGrantTypes = GrantTypes.Implicit,
                AllowAccessTokensViaBrowser = true,
                RedirectUris = { $"{swaggerClientUrl}/oauth2-redirect.html" },
                PostLogoutRedirectUris = { swaggerClientUrl },
                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    "contoso-polls-api"
                }
            },
            new Client
            {
                ClientId = "contoso-polls-ui",
                ClientName = "Contoso Polls UI",
                AllowedGrantTypes = GrantTypes.Implicit,
                AllowAccessTokensViaBrowser = true,
                RedirectUris = { uiClientUrl },
                PostLogoutRedirectUris = { uiClientUrl },
                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    "contoso-polls-api"
                }
            }
        };
    }
}
