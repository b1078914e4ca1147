using System;
using System.Linq;
using IdentityServer4;
using IdentityServer4.Extensions;
using IdentityServer4.Models;
using Microsoft.Extensions.Configuration;

namespace VanArsdel.Identity.Shared
{
    public static class ClientFactory
    {
        // Turns one entry of Identity:Clients into an IdentityServer client.
        public static Client ClientFromSection(this IConfigurationSection section)
        {
            var clientId = section["ClientId"];
            var displayName = section["ClientName"];
            Console.WriteLine($"Registering client {clientId} ({displayName})");

            var client = new Client
            {
                ClientId = clientId,
                ClientName = displayName,
                AllowedGrantTypes = section.GetStringArray("AllowedGrants").ToList(),

                ClientSecrets =
                {
                    new Secret(section["Secret"].Sha256())
                },

                RedirectUris = section.GetStringArray("RedirectUris"),
                PostLogoutRedirectUris = section.GetStringArray("PostLogoutRedirectUris"),

                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    IdentityServerConstants.StandardScopes.Email
                },
                AllowOfflineAccess = bool.Parse(section["AllowOfflineAccess"] ?? "true"),
                AllowAccessTokensViaBrowser = true,
                RequireConsent = bool.Parse(section["RequireConsent"] ?? "false"),
                AlwaysIncludeUserClaimsInIdToken = bool.Parse(section["AlwaysIncludeUserClaimsInIdToken"] ?? "false"),
                EnableLocalLogin = bool.Parse(section["EnableLocalLogin"] ?? "false")
            };

            var origins = section.GetStringArray("AllowedCorsOrigins");
            if (!origins.IsNullOrEmpty())
            {
                client.AllowedCorsOrigins = origins;
            }

            AddExtraScopes(section, client);

            return client;
        }

        private static void AddExtraScopes(IConfiguration section, Client client)
        {
            var scopes = section.GetStringArray("AllowedScopes");
            if (scopes.IsNullOrEmpty())
            {
                return;
            }

            foreach (var scope in scopes)
            {
                client.AllowedScopes.Add(scope);
            }
        }
    }
}
