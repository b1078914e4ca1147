using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;

namespace Stark.IdentityServer.Data
{
    public class MongoClientStore : IClientStore
    {
        private readonly IDocumentRepository _documents;

        public MongoClientStore(IDocumentRepository documents) => _documents = documents;

        public Task<Client> FindClientByIdAsync(string clientId)
            => Task.FromResult(_documents.Single<Client>(c => c.ClientId == clientId));
    }
}
