using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using IdentityServer4.XCode.Entities;
using IdentityServer4.XCode.Mappers;
using Microsoft.Extensions.Logging;

namespace IdentityServer4.XCode.Stores
{
    /// <summary>IClientStore on the XCode Clients table (clients are edited through the admin API).</summary>
    public class ClientStore : IClientStore
    {
        private readonly ILogger<ClientStore> _logger;

        public ClientStore(ILogger<ClientStore> logger)
        {
            _logger = logger;
        }

        public Task<Client> FindClientByIdAsync(string clientId)
        {
            var model = Clients.FindByClientId(clientId)?.ToModel();
            _logger.LogDebug("{clientId} found in database: {found}", clientId, model != null);
            return Task.FromResult(model);
        }
    }
}
