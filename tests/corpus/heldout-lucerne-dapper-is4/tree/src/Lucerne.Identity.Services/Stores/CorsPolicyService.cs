using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Services;
using Lucerne.Identity.Dapper.Repositories.Client;

namespace Lucerne.Identity.Services.Stores
{
    public class CorsPolicyService : ICorsPolicyService
    {
        private readonly IClientRepository _clients;

        public CorsPolicyService(IClientRepository clients)
        {
            _clients = clients;
        }

        public async Task<bool> IsOriginAllowedAsync(string origin)
        {
            var registered = await _clients.GetClientCorsOriginList(origin);
            return registered.Distinct().Contains(origin);
        }
    }
}
