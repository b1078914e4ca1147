using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.Extensions.Options;
using MongoDB.Driver;
using FourthDegree.Identity.Provider.Options;

namespace FourthDegree.Identity.Provider.Repository.Mongo
{
    public class ResourceRepository : IResourceStore, IResourceWriteStore
    {
        private readonly IMongoCollection<ApiResource> _apis;

        public ResourceRepository(IOptions<ConfigurationOptions> options)
        {
            var settings = options.Value;
            var database = new MongoClient(settings.MongoConnection).GetDatabase(settings.MongoDatabaseName);
            _apis = database.GetCollection<ApiResource>(nameof(ApiResource));
        }

        public Task<ApiResource> FindApiResourceAsync(string name)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentNullException(nameof(name));
            return Task.FromResult(_apis.AsQueryable().SingleOrDefault(a => a.Name == name));
        }

        public Task<IEnumerable<ApiResource>> FindApiResourcesByScopeAsync(IEnumerable<string> scopeNames)
        {
            var wanted = scopeNames.ToList();
            IEnumerable<ApiResource> found = _apis.AsQueryable()
                .Where(a => a.Scopes.Any(s => wanted.Contains(s.Name)))
                .ToList();
            return Task.FromResult(found);
        }

        public Task<IEnumerable<IdentityResource>> FindIdentityResourcesByScopeAsync(IEnumerable<string> scopeNames) =>
            Task.FromResult<IEnumerable<IdentityResource>>(new List<IdentityResource>());

        public Task<Resources> GetAllResourcesAsync() =>
            Task.FromResult(new Resources(new List<IdentityResource>(), _apis.AsQueryable().ToList()));

        public Task AddApiResource(ApiResource resource) => _apis.InsertOneAsync(resource);

        public Task UpdateApiResource(ApiResource resource) =>
            _apis.ReplaceOneAsync(Builders<ApiResource>.Filter.Eq("_id", resource.Name), resource);
    }
}
