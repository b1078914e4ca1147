using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Services;

namespace Stark.IdentityServer.Data
{
    // Allowed origins are the union of AllowedCorsOrigins over the client documents,
    // read once when the singleton is created.
    public class MongoCorsPolicyService : ICorsPolicyService
    {
        private readonly string[] _origins;

        public MongoCorsPolicyService(IDocumentRepository documents)
            => _origins = documents.All<Client>().SelectMany(c => c.AllowedCorsOrigins).ToArray();

        public Task<bool> IsOriginAllowedAsync(string origin) => Task.FromResult(_origins.Contains(origin));
    }
}
