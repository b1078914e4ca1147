using IdentityModel;
using IdentityServer4.Models;
using static IdentityServer4.IdentityServerConstants;

namespace GloboPortal.Storage
{
    public static class IdentityServerConfig
    {
        public const string LocalApiName = "GloboApi";
        public const string SwaggerClientId = "globo_swagger";

        public static readonly IEnumerable<IdentityResource> IdentityResources = new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResources.Email(),
            new IdentityResources.Phone(),
            new IdentityResource("roles", new[] { JwtClaimTypes.Role })
        };

        public static readonly IEnumerable<ApiScope> ApiScopes = new[]
        {
            new ApiScope(LocalApi.ScopeName),
            new ApiScope(LocalApiName, "Globo API")
        };

        public static readonly IEnumerable<ApiResource> ApiResources = new[]
        {
            new ApiResource(LocalApiName, "Globo API")
            {
                Scopes = { LocalApi.ScopeName, LocalApiName },
                UserClaims = { JwtClaimTypes.Name, JwtClaimTypes.Email, JwtClaimTypes.Role }
            }
        };

        public static readonly IEnumerable<Client> Clients = new[]
        {
            // Browser client used by the API documentation page.
            new Client
            {
                ClientId = SwaggerClientId,
                ClientName = "Globo API explorer",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                RequireClientSecret = false,
                AllowAccessTokensViaBrowser = true,
                RedirectUris =
                {
                    "http://127.0.0.1:64879",
                    "http://localhost:53414/swagger/oauth2-redirect.html",
                    "https://demo.globoportal.com/swagger/oauth2-redirect.html"
                },
                AllowedScopes =
                {
                    StandardScopes.OpenId,
                    StandardScopes.Profile,
                    StandardScopes.Email,
                    StandardScopes.Phone,
                    "roles",
                    LocalApi.ScopeName
                }
            },

            // Machine client for the to-do sample job.
            new Client
            {
                ClientId = "globo_todo_job",
                ClientClaimsPrefix = string.Empty,
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets = { new Secret("secret".Sha256()) },
                AllowedScopes = { LocalApiName },
                Claims = { new ClientClaim("permission", "Todo.Delete") }
            }
        };
    }
}
