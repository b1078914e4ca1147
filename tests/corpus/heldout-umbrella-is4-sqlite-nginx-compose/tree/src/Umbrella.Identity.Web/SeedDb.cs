using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using IdentityModel;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Umbrella.Identity.Web
{
    public static class SeedDb
    {
        public static void SeedUsers(IServiceScope scope)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            EnsureUser(users, "wesker", "a.wesker@umbrella-corp.net", "Albert Wesker");
            EnsureUser(users, "birkin", "w.birkin@umbrella-corp.net", "William Birkin");
        }

        private static void EnsureUser(UserManager<IdentityUser> users, string userName, string email, string fullName)
        {
            if (users.FindByNameAsync(userName).Result != null)
            {
                Log.Debug("{User} already exists", userName);
                return;
            }

            var user = new IdentityUser { UserName = userName, Email = email, EmailConfirmed = true };
            var created = users.CreateAsync(user, "321").Result;
            if (!created.Succeeded)
            {
                throw new Exception(created.Errors.First().Description);
            }

            users.AddClaimsAsync(user, new[]
            {
                new Claim(JwtClaimTypes.Name, fullName),
                new Claim("site", "Raccoon")
            }).Wait();
        }

        public static void SeedConfiguration(ConfigurationDbContext db)
        {
            if (!db.Clients.Any())
            {
                foreach (var client in UmbrellaResources.Clients) db.Clients.Add(client.ToEntity());
                db.SaveChanges();
            }
            if (!db.IdentityResources.Any())
            {
                foreach (var resource in UmbrellaResources.IdentityResources) db.IdentityResources.Add(resource.ToEntity());
                db.SaveChanges();
            }
            if (!db.ApiScopes.Any())
            {
                foreach (var scope in UmbrellaResources.ApiScopes) db.ApiScopes.Add(scope.ToEntity());
                db.SaveChanges();
            }
            if (!db.ApiResources.Any())
            {
                foreach (var api in UmbrellaResources.ApiResources) db.ApiResources.Add(api.ToEntity());
                db.SaveChanges();
            }
        }
    }

    public static class UmbrellaResources
    {
        public static IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResource { Name = "role", UserClaims = new List<string> { "role" } }
        };

        public static IEnumerable<ApiScope> ApiScopes => new[]
        {
            new ApiScope("hive_gateway.read"),
            new ApiScope("hive_gateway.write")
        };

        public static IEnumerable<ApiResource> ApiResources => new[]
        {
            new ApiResource("hive_gateway")
            {
                Scopes = new List<string> { "hive_gateway.read", "hive_gateway.write" },
                ApiSecrets = new List<Secret> { new Secret("Tq7#vL2!pX9wRz4e".Sha256()) },
                UserClaims = new List<string> { "role" }
            }
        };

        public static IEnumerable<Client> Clients => new[]
        {
            // machine-to-machine gateway client (also allowed to use the password grant)
            new Client
            {
                ClientId = "hive_gateway.client",
                ClientName = "Hive gateway",
                AllowedGrantTypes = new List<string> { GrantType.ClientCredentials, GrantType.ResourceOwnerPassword },
                ClientSecrets = { new Secret("m8$Kd3^fN1qY6uHc".Sha256()) },
                AllowedScopes = { "hive_gateway.read", "hive_gateway.write", "openid" }
            },

            // server-rendered web app, code flow + PKCE
            new Client
            {
                ClientId = "hive_portal",
                ClientSecrets = { new Secret("Wb5&rJ0@sE7tGx2k".Sha256()) },
                AllowedGrantTypes = GrantTypes.Code,
                RedirectUris = { "https://localhost:6001/signin-oidc" },
                FrontChannelLogoutUri = "https://localhost:6001/signout-oidc",
                PostLogoutRedirectUris = { "https://localhost:6001/signout-callback-oidc" },
                AllowOfflineAccess = true,
                AllowedScopes = { "openid", "profile", "hive_gateway.read" },
                RequirePkce = true,
                RequireConsent = true,
                AllowPlainTextPkce = false
            }
        };
    }
}
