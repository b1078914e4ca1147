using System;
using System.Collections.Generic;
using System.Linq;
using IdentityModel;
using IdentityServer4.Models;
using Massive.Utils;
using Microsoft.Extensions.Configuration;

namespace Massive.IdentityServer
{
    public static class IdentityServerConfig
    {
        public static IEnumerable<IdentityResource> IdentityResources() =>
            new IdentityResource[]
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResources.Email(),
                new IdentityResource("massive.profile", new[]
                {
                    JwtClaimTypes.Id,
                    JwtClaimTypes.Name,
                    JwtClaimTypes.GivenName,
                    JwtClaimTypes.FamilyName,
                    JwtClaimTypes.Role,
                    "employee_no",
                    "site",
                })
            };

        public static IEnumerable<ApiScope> ApiScopes() =>
            new[] { new ApiScope("massive.users") };

        public static IEnumerable<ApiResource> ApiResources() =>
            new List<ApiResource>();

        public static IEnumerable<Client> Clients(IConfiguration configuration)
        {
            int accessSeconds = (int)ConfigurationHelper.GetTimeSpan(configuration, "OIDC:AccessTokenLifetime", "10m").TotalSeconds;
            int refreshSeconds = (int)ConfigurationHelper.GetTimeSpan(configuration, "OIDC:RefreshTokenLifetime", "24h").TotalSeconds;

            return new[]
            {
                new Client
                {
                    ClientId = "fieldportal",
                    RequireClientSecret = false,
                    ClientSecrets = { new Secret("massive-fieldportal".Sha256()) },
                    AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
                    AllowedScopes = { "openid", "massive.profile", "massive.users" },
                    AccessTokenLifetime = accessSeconds,
                    UpdateAccessTokenClaimsOnRefresh = true,
                    AllowOfflineAccess = true,
                    RefreshTokenUsage = TokenUsage.ReUse,
                    RefreshTokenExpiration = TokenExpiration.Sliding,
                    AbsoluteRefreshTokenLifetime = refreshSeconds,
                    SlidingRefreshTokenLifetime = accessSeconds * 2,
                }
            };
        }

        public static Dictionary<string, DirectoryTestUser> TestUsers(IConfiguration configuration)
        {
            var users = configuration.GetSection("ActiveDirectory:TestUsers").Get<DirectoryTestUser[]>() ?? Array.Empty<DirectoryTestUser>();
            return users.ToDictionary(u => u.User, StringComparer.InvariantCultureIgnoreCase);
        }
    }

    public class DirectoryTestUser
    {
        public string User { get; set; } = "";
        public string Password { get; set; } = "";
        public string Name { get; set; } = "";
        public string Email { get; set; } = "";
        public string Role { get; set; } = "";
    }
}
