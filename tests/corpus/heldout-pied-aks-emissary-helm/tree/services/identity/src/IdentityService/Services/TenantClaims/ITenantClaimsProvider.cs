namespace IdentityService.Services;

public sealed record TenantClaims(string? RestaurantId, string? LocationId, IReadOnlyList<string> Roles);

public interface ITenantClaimsProvider
{
    Task<TenantClaims?> GetAsync(Guid userId, CancellationToken ct);
}

public sealed class DbTenantClaimsProvider : ITenantClaimsProvider
{
    private readonly ITenantDirectory _directory;

    public DbTenantClaimsProvider(ITenantDirectory directory) => _directory = directory;

    public async Task<TenantClaims?> GetAsync(Guid userId, CancellationToken ct)
    {
        var membership = await _directory.GetDefaultMembershipAsync(userId, ct);
        return membership is null
            ? null
            : new TenantClaims(membership.RestaurantId, membership.LocationId, membership.Roles);
    }
}
