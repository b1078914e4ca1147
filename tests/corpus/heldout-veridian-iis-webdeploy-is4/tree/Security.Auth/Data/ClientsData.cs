using System.Collections.Generic;
using IdentityServer4.Models;

namespace Veridian.Security.Auth.Data
{
    public class ClientsData
    {
        public IEnumerable<Client> Load()
        {
            yield return MachineClient();
            yield return MvcClient();
            yield return SpaClient();
        }

        // client credentials (machine to machine)
        protected Client MachineClient()
        {
            return new Client
            {
                ClientId = "client",
                ClientName = "Client Credentials Client",
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                ClientSecrets =
                {
                    new Secret("8e2b6f0d-41c7-4a93-b5d8-27fc90e13a64".Sha256())
                },
                AllowedScopes = { "api1" }
            };
        }

        // server side mvc app, hybrid flow
        protected Client MvcClient()
        {
            return new Client
            {
                ClientId = "mvc",
                ClientName = "MVC Client",
                AllowedGrantTypes = GrantTypes.Hybrid,
                AllowOfflineAccess = true,
                ClientSecrets =
                {
                    new Secret("8e2b6f0d-41c7-4a93-b5d8-27fc90e13a64".Sha256())
                },
                AllowedScopes = { "openid", "profile", "api1" },
                RedirectUris = { "http://localhost:5001/signin-oidc" },
                LogoutUri = "http://localhost:5001/signout-oidc",
                PostLogoutRedirectUris = { "http://localhost:5001/signout-callback-oidc" },
            };
        }

        // browser app, implicit flow
        protected Client SpaClient()
        {
            return new Client
            {
                ClientId = "samplesweb",
                ClientName = "Spa Client",
                ClientUri = "TBD",
                Enabled = true,
                RequireConsent = false,
                AllowRememberConsent = false,
                IdentityTokenLifetime = 360,
                AccessTokenLifetime = 3600,
                AllowedGrantTypes = GrantTypes.Implicit,
                AllowAccessTokensViaBrowser = true,
                AllowedScopes = new[] { "openid", "profile", "permissions", "roles" },
                RedirectUris = new[]
                {
                    "http://localhost:5002/index.html",
                    "http://localhost:5002/callback.html",
                    "http://localhost:5002/silent.html",
                    "http://localhost:5002/popup.html",
                    "http://localhost/samples.web/app/basic/index.html",
                },
                PostLogoutRedirectUris = new[]
                {
                    "http://localhost:5002/index.html",
                    "http://localhost/samples.web/app/basic/index.html",
                },
                AllowedCorsOrigins = new[]
                {
                    "http://localhost:5002",
                    "http://localhost",
                },
            };
        }
    }
}
