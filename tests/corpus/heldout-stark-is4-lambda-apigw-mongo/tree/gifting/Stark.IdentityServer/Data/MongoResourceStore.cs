using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;

namespace Stark.IdentityServer.Data
{
    public class MongoResourceStore : IResourceStore
    {
        private readonly IDocumentRepository _documents;

        public MongoResourceStore(IDocumentRepository documents) => _documents = documents;

        public Task<IEnumerable<IdentityResource>> FindIdentityResourcesByScopeNameAsync(IEnumerable<string> scopeNames)
            => Task.FromResult(_documents.Where<IdentityResource>(r => scopeNames.Contains(r.Name)).AsEnumerable());

        public Task<IEnumerable<ApiScope>> FindApiScopesByNameAsync(IEnumerable<string> scopeNames)
            => Task.FromResult(_documents.Where<ApiScope>(s => scopeNames.Contains(s.Name)).AsEnumerable());

        public Task<IEnumerable<ApiResource>> FindApiResourcesByScopeNameAsync(IEnumerable<string> scopeNames)
            => Task.FromResult(_documents.Where<ApiResource>(a => a.Scopes.Any(s => scopeNames.Contains(s))).AsEnumerable());

        public Task<IEnumerable<ApiResource>> FindApiResourcesByNameAsync(IEnumerable<string> apiResourceNames)
            => Task.FromResult(_documents.Where<ApiResource>(a => apiResourceNames.Contains(a.Name)).AsEnumerable());

        public Task<Resources> GetAllResourcesAsync()
            => Task.FromResult(new Resources(
                _documents.All<IdentityResource>(),
                _documents.All<ApiResource>(),
                _documents.All<ApiScope>()));
    }
}
