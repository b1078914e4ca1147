using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using MongoDB.Driver;

namespace VanArsdel.IdentityServer.MongoDb
{
    // Persisted grants (codes, refresh tokens, consents) live in the "grants" collection.
    public sealed class MongoGrantStore : IPersistedGrantStore
    {
        private readonly IMongoCollection<PersistedGrant> _grants;

        public MongoGrantStore(IMongoDatabase database)
        {
            _grants = database.GetCollection<PersistedGrant>("grants");
        }

        public Task StoreAsync(PersistedGrant grant)
        {
            return _grants.InsertOneAsync(grant);
        }

        public async Task<PersistedGrant> GetAsync(string key)
        {
            return await _grants.Find(g => g.Key == key).FirstOrDefaultAsync();
        }

        public async Task<IEnumerable<PersistedGrant>> GetAllAsync(string subjectId)
        {
            var found = await _grants.Find(g => g.SubjectId == subjectId).ToListAsync();
            return found.ToList();
        }

        public Task RemoveAsync(string key)
        {
            return _grants.DeleteManyAsync(g => g.Key == key);
        }

        public Task RemoveAllAsync(string subjectId, string clientId)
        {
            return _grants.DeleteManyAsync(g => g.SubjectId == subjectId && g.ClientId == clientId);
        }

        public Task RemoveAllAsync(string subjectId, string clientId, string type)
        {
            return _grants.DeleteManyAsync(g => g.SubjectId == subjectId && g.ClientId == clientId && g.Type == type);
        }
    }
}
