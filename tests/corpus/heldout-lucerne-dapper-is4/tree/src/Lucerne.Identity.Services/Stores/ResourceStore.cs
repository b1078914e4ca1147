using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;

namespace Lucerne.Identity.Services.Stores
{
    // Identity resources, API resources and scopes from the database (queries trimmed).
    public class ResourceStore : IResourceStore
    {
        public Task<IEnumerable<IdentityResource>> FindIdentityResourcesByScopeNameAsync(IEnumerable<string> scopeNames) =>
            Task.FromResult(Enumerable.Empty<IdentityResource>());

        public Task<IEnumerable<ApiScope>> FindApiScopesByNameAsync(IEnumerable<string> scopeNames) =>
            Task.FromResult(Enumerable.Empty<ApiScope>());

        public Task<IEnumerable<ApiResource>> FindApiResourcesByScopeNameAsync(IEnumerable<string> scopeNames) =>
            Task.FromResult(Enumerable.Empty<ApiResource>());

        public Task<IEnumerable<ApiResource>> FindApiResourcesByNameAsync(IEnumerable<string> apiResourceNames) =>
            Task.FromResult(Enumerable.Empty<ApiResource>());

        public Task<Resources> GetAllResourcesAsync() => Task.FromResult(new Resources());
    }
}
