using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pawnee.Common.Models;
using Pawnee.Common.Options;
using Pawnee.Infrastructure.Stores;

namespace Pawnee.Identity.Stores
{
    // Clients are not in an IdentityServer configuration store: they are built on the fly
    // from the ApplicationModel documents (plus the built-in apps) in the applications store.
    public class ApplicationClientStore : IClientStore
    {
        private readonly IApplicationStore applications;
        private readonly ILogger<ApplicationClientStore> logger;
        private readonly string? sharedSecret;

        public ApplicationClientStore(IApplicationStore applications, IOptions<WebClientOptions> web, ILogger<ApplicationClientStore> logger)
        {
            this.applications = applications;
            this.logger = logger;
            sharedSecret = web.Value.MvcClientSecret;
        }

        public async Task<Client?> FindClientByIdAsync(string clientId)
        {
            var app = await applications.ReadAsync(clientId);
            if (app == null)
            {
                logger.LogWarning("Unknown client {ClientId}", clientId);
                return null;
            }

            return new Client
            {
                ClientId = app.Id,
                ClientName = app.Name,
                AllowAccessTokensViaBrowser = true,
                AllowedGrantTypes = app.AllowedGrantTypes ?? GrantTypes.Code,
                RequirePkce = true,
                AllowOfflineAccess = app.AllowOffline ?? false,
                RequireConsent = app.RequireConsent ?? true,
                RedirectUris = app.RedirectUris(),
                PostLogoutRedirectUris = app.PostLogoutRedirects(),
                FrontChannelLogoutUri = app.LogoutUrl,
                AllowedCorsOrigins = app.Origins(),
                RequireClientSecret = app.AllowedGrantTypes?.Contains("implicit") == true,
                ClientSecrets = { new Secret(sharedSecret) },
                AllowedScopes = Scopes(app),
                // AccessTokenLifetime = 3600,
                // AbsoluteRefreshTokenLifetime = 30 * 24 * 60 * 60
            };
        }

        private static ICollection<string> Scopes(ApplicationModel app)
        {
            var scopes = app.AllowedScopes?.Any() == true
                ? new List<string>(app.AllowedScopes)
                : new List<string> { "profile", "email", "pawnee.api", "pawnee" };
            if (!scopes.Contains("openid"))
            {
                scopes.Add("openid");
            }

            if (app.AllowOffline == true && !scopes.Contains("offline_access"))
            {
                scopes.Add("offline_access");
            }

            return scopes;
        }
    }
}
