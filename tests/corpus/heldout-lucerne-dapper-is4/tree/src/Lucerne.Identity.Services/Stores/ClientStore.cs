using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Lucerne.Identity.Dapper.Repositories.Client;

namespace Lucerne.Identity.Services.Stores
{
    // Reads clients from the database rows the admin console maintains.
    public class ClientStore : IClientStore
    {
        private readonly IClientRepository _clients;

        public ClientStore(IClientRepository clients)
        {
            _clients = clients;
        }

        public async Task<Client> FindClientByIdAsync(string clientId)
        {
            var row = await _clients.GetClientByClientId(clientId);
            if (row == null)
            {
                return null;
            }

            return new Client
            {
                Enabled = row.Enabled,
                ClientId = row.ClientId,
                ClientName = row.ClientName,
                ClientUri = row.ClientUri,
                RequireClientSecret = row.RequireClientSecret,
                RequirePkce = row.RequirePkce,
                AllowOfflineAccess = row.AllowOfflineAccess,
                FrontChannelLogoutUri = row.FrontChannelLogoutUri,
                IdentityTokenLifetime = row.IdentityTokenLifetime,
                AccessTokenLifetime = row.AccessTokenLifetime,
                AuthorizationCodeLifetime = row.AuthorizationCodeLifetime,
                AbsoluteRefreshTokenLifetime = row.AbsoluteRefreshTokenLifetime,
                SlidingRefreshTokenLifetime = row.SlidingRefreshTokenLifetime,
                RefreshTokenUsage = (TokenUsage)row.RefreshTokenUsage,
                RefreshTokenExpiration = (TokenExpiration)row.RefreshTokenExpiration,
                ClientSecrets = row.ClientSecrets.Select(s => new Secret { Type = s.Type, Value = s.Value }).ToList(),
                AllowedGrantTypes = row.AllowedGrantTypes,
                RedirectUris = row.RedirectUris,
                AllowedScopes = row.AllowedScopes,
                AllowedCorsOrigins = row.AllowedCorsOrigins
            };
        }
    }
}
