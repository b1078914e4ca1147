using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;
using Litware.Identity.Authorization.Seeders;

namespace Litware.Identity.Hosts.Mvc.Resources
{
    public class InteractiveClients : ISeeder<Client>
    {
        public IEnumerable<Client> GetSeeds()
        {
            return new List<Client>
            {
                new Client
                {
                    ClientId = "storefront-password",
                    AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
                    ClientSecrets = { new Secret("Lw-ropc-2021".Sha256()) },
                    AllowedScopes =
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Profile,
                        IdentityServerConstants.StandardScopes.Email
                    },
                    AllowOfflineAccess = true,
                    AlwaysSendClientClaims = true,
                    AccessTokenType = AccessTokenType.Reference
                },
                new Client
                {
                    ClientId = "backoffice-mvc",
                    ClientName = "Litware Back Office",
                    ClientSecrets = { new Secret("backoffice-secret".Sha256()) },
                    AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
                    RequireConsent = false,
                    RequireClientSecret = false,
                    RedirectUris =
                    {
                        "http://localhost:5002/signin-oidc",
                        "https://localhost:5002/signin-oidc"
                    },
                    PostLogoutRedirectUris = { "https://localhost:5002/signout-callback-oidc" },
                    AllowedScopes = new List<string>
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Profile,
                        "accounts.manage"
                    },
                    AlwaysIncludeUserClaimsInIdToken = true
                },
                new Client
                {
                    ClientId = "storefront-spa",
                    ClientName = "Litware Storefront",
                    ClientSecrets = { new Secret("storefront-secret".Sha256()) },
                    AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
                    RequireConsent = false,
                    RequireClientSecret = false,
                    AllowOfflineAccess = true,
                    RedirectUris =
                    {
                        "http://localhost:3000/authentication/callback",
                        "https://localhost:3000/authentication/callback"
                    },
                    PostLogoutRedirectUris = { "http://localhost:3000/authentication/logout" },
                    AllowedScopes = new List<string>
                    {
                        IdentityServerConstants.StandardScopes.OpenId,
                        IdentityServerConstants.StandardScopes.Profile,
                        "accounts.manage"
                    },
                    AlwaysIncludeUserClaimsInIdToken = true
                }
            };
        }
    }
}
