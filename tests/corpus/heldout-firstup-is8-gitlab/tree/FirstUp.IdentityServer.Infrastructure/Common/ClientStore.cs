using FirstUp.Common;
using IdentityModel;
using IdentityServer8.Models;
using Microsoft.Extensions.Configuration;
using static IdentityServer8.IdentityServerConstants;
using GrantTypes = IdentityModel.OidcConstants.GrantTypes;

namespace IdentityServer.Infrastructure.Common
{
    public static class ClientStore
    {
        public static IEnumerable<Client> Get(IConfiguration configuration)
        {
            AppSettings appSettings = configuration.Get<AppSettings>();
            return new List<Client>
            {
                // Payroll portal
                new Client
                {
                    ClientName = "FirstUp Payroll web client",
                    ClientId = "8b2e61d4-0f3c-4a97-b6d5-71c9e2a4f068",
                    AllowedGrantTypes = new[] { GrantTypes.Password, GrantTypes.RefreshToken },
                    AllowedScopes = { "app.payroll", StandardScopes.OpenId, StandardScopes.Profile, StandardScopes.Email, "roles" },
                    ClientSecrets = new List<Secret>
                    {
                        new("UGF5cm9sbFNlY3JldDIwMjQ".Sha256())
                    },
                    AccessTokenType = AccessTokenType.Jwt,
                    AllowOfflineAccess = true,
                    AllowedCorsOrigins = appSettings.CORSTrustedOrigins.ToList(),
                    AllowAccessTokensViaBrowser = true,
                    RequireClientSecret = true,
                    RequirePkce = true,
                    AlwaysIncludeUserClaimsInIdToken = true,
                    Claims = new[] { new ClientClaim(JwtClaimTypes.Role, "Root") },

                    // refresh tokens
                    RefreshTokenExpiration = TokenExpiration.Sliding,
                    RefreshTokenUsage = TokenUsage.OneTimeOnly,
                    SlidingRefreshTokenLifetime = 60 * 60 * 24,
                    UpdateAccessTokenClaimsOnRefresh = true,
                },

                // Timesheets portal
                new Client
                {
                    ClientName = "FirstUp Timesheets web client",
                    ClientId = "c41f0e2a-93d7-4b6e-a815-5e2d7f90b1c3",
                    AllowedGrantTypes = new[] { GrantTypes.Password, GrantTypes.RefreshToken },
                    AllowedScopes = { "app.timesheets", StandardScopes.OpenId, StandardScopes.Profile, StandardScopes.Email, "roles" },
                    ClientSecrets = new List<Secret>
                    {
                        new("Tm9wZVRpbWVzaGVldHMyNA".Sha256())
                    },
                    AccessTokenType = AccessTokenType.Jwt,
                    AllowOfflineAccess = true,
                    AllowedCorsOrigins = appSettings.CORSTrustedOrigins.ToList(),
                    AllowAccessTokensViaBrowser = true,
                    RequireClientSecret = true,
                    RequirePkce = true,
                    AlwaysIncludeUserClaimsInIdToken = true,
                    Claims = new[] { new ClientClaim(JwtClaimTypes.Role, "Root") },

                    // refresh tokens
                    RefreshTokenExpiration = TokenExpiration.Sliding,
                    RefreshTokenUsage = TokenUsage.OneTimeOnly,
                    SlidingRefreshTokenLifetime = 60 * 60 * 24,
                    UpdateAccessTokenClaimsOnRefresh = true,
                }
            };
        }
    }
}
