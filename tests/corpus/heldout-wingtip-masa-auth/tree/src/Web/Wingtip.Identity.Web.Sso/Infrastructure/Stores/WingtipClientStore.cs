using IdentityServer4.Models;

namespace Wingtip.Identity.Web.Sso.Infrastructure.Stores;

// Clients are maintained in the admin service and read through its cache, never from code.
public class WingtipClientStore : IClientStore
{
    private readonly IClientCache _cache;

    public WingtipClientStore(IClientCache cache) => _cache = cache;

    public async Task<Client?> FindClientByIdAsync(string clientId)
        => await _cache.GetAsync(clientId);
}

public class WingtipResourceStore : IResourceStore
{
    private readonly IResourceCache _cache;

    public WingtipResourceStore(IResourceCache cache) => _cache = cache;

    public Task<IEnumerable<IdentityResource>> FindIdentityResourcesByScopeNameAsync(IEnumerable<string> scopeNames)
        => _cache.IdentityResourcesAsync(scopeNames);

    public Task<IEnumerable<ApiScope>> FindApiScopesByNameAsync(IEnumerable<string> scopeNames)
        => _cache.ApiScopesAsync(scopeNames);

    public Task<IEnumerable<ApiResource>> FindApiResourcesByScopeNameAsync(IEnumerable<string> scopeNames)
        => _cache.ApiResourcesByScopeAsync(scopeNames);

    public Task<IEnumerable<ApiResource>> FindApiResourcesByNameAsync(IEnumerable<string> apiResourceNames)
        => _cache.ApiResourcesAsync(apiResourceNames);

    public Task<Resources> GetAllResourcesAsync() => _cache.AllAsync();
}

public class ConsentCacheStore : IConsentMessageStore
{
    private readonly IDistributedCacheClient _cache;

    public ConsentCacheStore(IDistributedCacheClient cache) => _cache = cache;

    public Task WriteAsync(string id, Message<ConsentResponse> message) => _cache.SetAsync(id, message);

    public Task<Message<ConsentResponse>> ReadAsync(string id) => _cache.GetAsync<Message<ConsentResponse>>(id)!;

    public Task DeleteAsync(string id) => _cache.RemoveAsync(id);
}
