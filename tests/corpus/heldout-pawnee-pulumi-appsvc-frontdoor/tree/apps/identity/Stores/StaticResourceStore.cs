using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;

namespace Pawnee.Identity.Stores
{
    public class StaticResourceStore : IResourceStore
    {
        private static readonly IdentityResource[] IdentityResources =
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResources.Email(),
            new IdentityResource("pawnee", new[] { "department", "full_name", "email_verified" }),
        };

        private static readonly ApiResource[] Apis =
        {
            new ApiResource("pawnee.api", "Pawnee Parks API", new[] { "name" }),
            new ApiResource("pawnee.permits", "Request permits on your behalf", new[] { "email", "permit" }),
        };

        public Task<IEnumerable<IdentityResource>> FindIdentityResourcesByScopeAsync(IEnumerable<string> scopeNames) =>
            Task.FromResult(IdentityResources.Where(r => scopeNames.Contains(r.Name)));

        public Task<IEnumerable<ApiResource>> FindApiResourcesByScopeAsync(IEnumerable<string> scopeNames) =>
            Task.FromResult(Apis.Where(a => a.Scopes.Any(s => scopeNames.Contains(s.Name))));

        public Task<ApiResource> FindApiResourceAsync(string name) =>
            Task.FromResult(Apis.FirstOrDefault(a => a.Name == name));

        public Task<Resources> GetAllResourcesAsync() => Task.FromResult(new Resources(IdentityResources, Apis));
    }
}
