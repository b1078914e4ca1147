using System.Collections.Generic;
using System.Linq;
using IdentityServer4.Models;
using Microsoft.Extensions.Configuration;

namespace Weyland.Relay.Identity
{
    /// <summary>Builds the in-memory OAuth clients from the "oauth:clients" section.</summary>
    public static class Clients
    {
        public static IEnumerable<Client> Get(IConfiguration configuration)
        {
            return configuration.GetSection("oauth:clients").GetChildren()
                .Select(section => new Client
                {
                    ClientId = section.GetValue<string>("clientId"),
                    ClientName = section.GetValue<string>("clientName"),
                    AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
                    RequirePkce = false,
                    ClientSecrets = { new Secret(section.GetValue<string>("clientSecret").Sha256()) },
                    AllowedScopes = { "api" },
                    RedirectUris = section.GetSection("allowedRedirectUris").GetChildren().Select(uri => uri.Value).ToList(),
                    AllowOfflineAccess = true,
                    RefreshTokenUsage = section.GetValue("refreshTokenReuse", false) ? TokenUsage.ReUse : TokenUsage.OneTimeOnly,
                    RefreshTokenExpiration = TokenExpiration.Sliding,
                    SlidingRefreshTokenLifetime = section.GetValue("refreshTokenLifetime", 30) * 86400,
                    AbsoluteRefreshTokenLifetime = 0,
                })
                .ToList();
        }
    }
}
