using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Tenant.Domain.Data;

namespace IdentityService.Services;

public sealed record TenantMembership(string RestaurantId, string? LocationId, IReadOnlyList<string> Roles);

public interface ITenantDirectory
{
    Task<TenantMembership?> GetDefaultMembershipAsync(Guid userId, CancellationToken ct);
}

public sealed class EmbeddedTenantDirectory : ITenantDirectory
{
    private readonly TenantDbContext _db;

    public EmbeddedTenantDirectory(TenantDbContext db) => _db = db;

    public async Task<TenantMembership?> GetDefaultMembershipAsync(Guid userId, CancellationToken ct)
    {
        var m = await _db.RestaurantMemberships.AsNoTracking()
            .Where(x => x.UserId == userId && x.IsActive)
            .OrderBy(x => x.CreatedAt)
            .FirstOrDefaultAsync(ct);
        return m is null ? null : new TenantMembership(m.RestaurantId, m.DefaultLocationId, m.Roles);
    }
}

public sealed class HttpTenantDirectory : ITenantDirectory
{
    private readonly IHttpClientFactory _factory;

    public HttpTenantDirectory(IHttpClientFactory factory) => _factory = factory;

    public async Task<TenantMembership?> GetDefaultMembershipAsync(Guid userId, CancellationToken ct)
    {
        var client = _factory.CreateClient("TenantService");
        return await client.GetFromJsonAsync<TenantMembership>($"internal/claims/{userId}", ct);
    }
}

public sealed class CachedTenantDirectory : ITenantDirectory
{
    private readonly ITenantDirectory _inner;
    private readonly IMemoryCache _cache;
    private readonly ILogger<CachedTenantDirectory> _logger;

    public CachedTenantDirectory(ITenantDirectory inner, IMemoryCache cache, ILogger<CachedTenantDirectory> logger)
    {
        _inner = inner;
        _cache = cache;
        _logger = logger;
    }

    public Task<TenantMembership?> GetDefaultMembershipAsync(Guid userId, CancellationToken ct) =>
        _cache.GetOrCreateAsync($"tenant:{userId}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2);
            return _inner.GetDefaultMembershipAsync(userId, ct);
        });
}
