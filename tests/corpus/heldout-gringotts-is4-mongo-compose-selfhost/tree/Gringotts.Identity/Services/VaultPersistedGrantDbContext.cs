using System;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using IdentityServer4.MongoDB.Configuration;
using IdentityServer4.MongoDB.DbContexts;
using IdentityServer4.MongoDB.Entities;
using IdentityServer4.MongoDB.Interfaces;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Gringotts.Identity.Services
{
    public class VaultPersistedGrantDbContext : MongoDBContextBase, IPersistedGrantDbContext
    {
        private readonly IMongoCollection<PersistedGrant> _grants;

        public VaultPersistedGrantDbContext(IOptions<MongoDBConfiguration> settings) : base(settings)
        {
            _grants = Database.GetCollection<PersistedGrant>("PersistedGrants");
            CreateIndexes();
        }

        // Runs once, when the singleton is first resolved.
        private void CreateIndexes()
        {
            var keys = Builders<PersistedGrant>.IndexKeys;
            var background = new CreateIndexOptions { Background = true };

            _grants.Indexes.CreateOne(new CreateIndexModel<PersistedGrant>(keys.Descending(g => g.Expiration), background));
            _grants.Indexes.CreateOne(new CreateIndexModel<PersistedGrant>(keys.Ascending(g => g.Key), background));
            _grants.Indexes.CreateOne(new CreateIndexModel<PersistedGrant>(keys.Ascending(g => g.SubjectId), background));
        }

        public IQueryable<PersistedGrant> PersistedGrants => _grants.AsQueryable();

        public Task Remove(Expression<Func<PersistedGrant, bool>> filter) => _grants.DeleteManyAsync(filter);

        // Only expired reference access tokens are removed.
        public Task RemoveExpired() =>
            Remove(g => g.Type == "reference_token" && g.Expiration.HasValue && g.Expiration.Value < DateTime.UtcNow);

        public Task InsertOrUpdate(Expression<Func<PersistedGrant, bool>> filter, PersistedGrant entity) =>
            _grants.ReplaceOneAsync(filter, entity, new ReplaceOptions { IsUpsert = true });
    }
}
