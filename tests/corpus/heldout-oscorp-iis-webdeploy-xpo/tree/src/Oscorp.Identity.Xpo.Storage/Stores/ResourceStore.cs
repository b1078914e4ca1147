using DevExpress.Xpo;

using Duende.IdentityServer.Models;
using Duende.IdentityServer.Stores;

using Oscorp.Identity.Xpo.Storage.Models;

namespace Oscorp.Identity.Xpo.Storage.Stores;

public sealed class ResourceStore : IResourceStore
{
    private readonly UnitOfWork uow;

    public ResourceStore(UnitOfWork uow) => this.uow = uow;

    public Task<IEnumerable<IdentityResource>> FindIdentityResourcesByScopeNameAsync(IEnumerable<string> scopeNames)
        => Task.FromResult<IEnumerable<IdentityResource>>(uow.Query<XpoIdentityResource>()
            .Where(r => scopeNames.Contains(r.Name))
            .Select(r => new IdentityResource { Name = r.Name, Enabled = r.Enabled, ShowInDiscoveryDocument = r.ShowInDiscoveryDocument })
            .ToList());

    public Task<IEnumerable<ApiScope>> FindApiScopesByNameAsync(IEnumerable<string> scopeNames)
        => Task.FromResult<IEnumerable<ApiScope>>(uow.Query<XpoApiScope>()
            .Where(s => scopeNames.Contains(s.Name))
            .Select(s => new ApiScope(s.Name) { Enabled = s.Enabled })
            .ToList());

    public Task<IEnumerable<ApiResource>> FindApiResourcesByScopeNameAsync(IEnumerable<string> scopeNames)
        => Task.FromResult(Enumerable.Empty<ApiResource>());

    public Task<IEnumerable<ApiResource>> FindApiResourcesByNameAsync(IEnumerable<string> apiResourceNames)
        => Task.FromResult(Enumerable.Empty<ApiResource>());

    public async Task<Resources> GetAllResourcesAsync()
    {
        var identity = await FindIdentityResourcesByScopeNameAsync(uow.Query<XpoIdentityResource>().Select(r => r.Name).ToList());
        var scopes = await FindApiScopesByNameAsync(uow.Query<XpoApiScope>().Select(s => s.Name).ToList());
        return new Resources(identity, Enumerable.Empty<ApiResource>(), scopes);
    }
}
