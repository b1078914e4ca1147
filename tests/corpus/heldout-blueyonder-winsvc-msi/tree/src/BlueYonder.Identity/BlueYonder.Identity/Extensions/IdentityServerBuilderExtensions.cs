using System.Text.Json;
using Duende.IdentityServer.EntityFramework.Services;
using Duende.IdentityServer.EntityFramework.Stores;
using Duende.IdentityServer.Services;
using StackExchange.Redis;

namespace BlueYonder.Identity.Extensions;

public static class IdentityServerBuilderExtensions
{
    /// <summary>
    /// Same decorators as the built-in AddConfigurationStoreCache(), but backed by the given
    /// ICache&lt;T&gt; implementation (Valkey) instead of the per-process memory cache.
    /// </summary>
    public static IIdentityServerBuilder AddConfigurationStoreCache(this IIdentityServerBuilder builder, Type cacheType)
    {
        builder.Services.AddSingleton(typeof(ICache<>), cacheType);

        builder.AddClientStoreCache<ClientStore>();
        builder.AddResourceStoreCache<ResourceStore>();
        builder.AddCorsPolicyCache<CorsPolicyService>();
        builder.AddIdentityProviderStoreCache<IdentityProviderStore>();

        return builder;
    }
}

/// <summary>Keeps client and resource lookups in Valkey so every node shares one copy.</summary>
public class ValkeyConfigurationCache<T> : ICache<T> where T : class
{
    private readonly IDatabase _db;
    private readonly string _prefix = $"by-idp:{typeof(T).Name}:";

    public ValkeyConfigurationCache(IConnectionMultiplexer connection) => _db = connection.GetDatabase();

    public async Task<T?> GetAsync(string key)
    {
        var value = await _db.StringGetAsync(_prefix + key);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<T>(value.ToString());
    }

    public Task SetAsync(string key, T item, TimeSpan expiration) =>
        _db.StringSetAsync(_prefix + key, JsonSerializer.Serialize(item), expiration);

    public Task RemoveAsync(string key) => _db.KeyDeleteAsync(_prefix + key);

    public async Task<T> GetOrAddAsync(string key, TimeSpan duration, Func<Task<T>> get)
    {
        var cached = await GetAsync(key);
        if (cached is not null)
        {
            return cached;
        }

        var item = await get();
        if (item is not null)
        {
            await SetAsync(key, item, duration);
        }
        return item!;
    }
}
