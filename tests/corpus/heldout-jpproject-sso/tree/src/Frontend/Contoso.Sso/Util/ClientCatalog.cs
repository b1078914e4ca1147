using IdentityServer4;
using IdentityServer4.Models;
using Microsoft.Extensions.Configuration;
using System.Collections.Generic;

namespace Contoso.Sso.Util
{
    public static class ClientCatalog
    {
        public static IEnumerable<Client> All(IConfiguration config)
        {
            var portal = config["Sso:PortalUrl"];
            var console = config["Sso:AdminConsoleUrl"];

            yield return new Client
            {
                ClientId = "contoso-admin-console",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                RequireClientSecret = false,
                RequireConsent = true,
                RedirectUris = { $"{console}/signin-callback" },
                PostLogoutRedirectUris = { console },
                AllowedCorsOrigins = { console },
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Profile, "contoso_api.admin" }
            };

            yield return new Client
            {
                ClientId = "contoso-portal",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                RequireClientSecret = false,
                RedirectUris = { $"{portal}/signin-callback" },
                PostLogoutRedirectUris = { portal },
                AllowedCorsOrigins = { portal },
                AllowedScopes = { IdentityServerConstants.StandardScopes.OpenId, IdentityServerConstants.StandardScopes.Email, "contoso_api.self" }
            };
        }
    }
}
