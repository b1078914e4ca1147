using System.Collections.Generic;

using IdentityServer4.Models;

namespace Initrode.Seedwork.Security.Extensions
{
    public static class ApiResourceExtensions
    {
        // One implicit client per API for its Swagger UI.
        public static Client SwaggerClient(this ApiResource apiResource, string swaggerUrl)
        {
            return new Client
            {
                ClientId = apiResource.Name + ".swagger",
                ClientName = apiResource.DisplayName + " (Swagger UI)",
                AllowedGrantTypes = GrantTypes.Implicit,
                AllowAccessTokensViaBrowser = true,
                AccessTokenType = AccessTokenType.Reference,
                UpdateAccessTokenClaimsOnRefresh = true,
                RequireConsent = false,
                AllowedScopes = new HashSet<string> { apiResource.Name },
                RedirectUris = new HashSet<string> { $"{swaggerUrl}/oauth2-redirect.html" },
                PostLogoutRedirectUris = new HashSet<string> { $"{swaggerUrl}/" }
            };
        }
    }
}
