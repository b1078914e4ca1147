using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.Extensions.Options;
using MongoDB.Driver;
using FourthDegree.Identity.Provider.Options;

namespace FourthDegree.Identity.Provider.Repository.Clients
{
    public class MongoClientRepository : IClientStore, IClientWriteStore
    {
        private readonly IMongoCollection<Client> _clients;

        public MongoClientRepository(IOptions<ConfigurationOptions> options)
        {
            var settings = options.Value;
            var database = new MongoClient(settings.MongoConnection).GetDatabase(settings.MongoDatabaseName);
            _clients = database.GetCollection<Client>(nameof(Client));
        }

        public Task<Client> FindClientByIdAsync(string clientId) =>
            _clients.Find(c => c.ClientId == clientId).FirstOrDefaultAsync();

        public Task Add(Client client) => _clients.InsertOneAsync(client);

        public Task UpdateClient(Client client) =>
            _clients.ReplaceOneAsync(Builders<Client>.Filter.Eq("_id", client.ClientId), client);
    }
}
