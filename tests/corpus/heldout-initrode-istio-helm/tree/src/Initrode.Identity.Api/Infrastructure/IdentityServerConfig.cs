using System.Collections.Generic;

using IdentityServer4;
using IdentityServer4.Models;

using Initrode.Seedwork.Security.Extensions;
using Initrode.Seedwork.Security.IdentityServer;

namespace Initrode.Identity.Api.Infrastructure
{
    public static class IdentityServerConfig
    {
        public static IEnumerable<IdentityResource> GetIdentityResources()
        {
            yield return new IdentityResources.OpenId();
            yield return new IdentityResources.Profile();
            yield return new IdentityResources.Email();
            yield return new IdentityResource("roles", new[] { "role" });
        }

        public static IEnumerable<ApiResource> GetApiResources()
        {
            yield return CustomApiResources.IdentityApi;
            yield return CustomApiResources.CashierApi;
        }

        public static IEnumerable<Client> GetClients(IdentityAppSettings appSettings)
        {
            yield return CustomApiResources.IdentityApi.SwaggerClient(appSettings.IdentityServer.IdentityUrl);

            yield return CustomApiResources.CashierApi.SwaggerClient(appSettings.IdentityServer.CashierUrl);

            yield return new Client
            {
                ClientId = "initrode.web.spa",
                ClientName = "Initrode Web Spa",
                AllowedGrantTypes = GrantTypes.Implicit,
                AllowAccessTokensViaBrowser = true,
                AccessTokenType = AccessTokenType.Reference,
                AccessTokenLifetime = 3600,
                UpdateAccessTokenClaimsOnRefresh = true,
                RequireConsent = false,
                AllowedCorsOrigins = new HashSet<string>
                {
                    appSettings.IdentityServer.Web.SpaUrl,
                    "http://localhost:5300",
                    "http://127.0.0.1:5300"
                },
                RedirectUris = new HashSet<string>
                {
                    $"{appSettings.IdentityServer.Web.SpaUrl}/callback",
                    $"{appSettings.IdentityServer.Web.SpaUrl}/silent_renew.html",
                    "http://localhost:5300/callback",
                    "http://localhost:5300/silent_renew.html"
                },
                PostLogoutRedirectUris = new HashSet<string>
                {
                    appSettings.IdentityServer.Web.SpaUrl,
                    "http://localhost:5300"
                },
                AllowedScopes = new HashSet<string>
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    "roles",
                    "identity.api",
                    "cashier.api"
                }
            };
        }
    }
}
