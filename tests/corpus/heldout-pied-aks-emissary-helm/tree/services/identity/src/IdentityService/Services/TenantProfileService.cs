using System.Security.Claims;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;

namespace IdentityService.Services;

public class TenantProfileService : IProfileService
{
    public const string RestaurantIdClaim = "restaurant_id";
    public const string LocationIdClaim = "location_id";

    private readonly ITenantClaimsProvider _claims;
    private readonly ILogger<TenantProfileService> _logger;

    public TenantProfileService(ITenantClaimsProvider claims, ILogger<TenantProfileService> logger)
    {
        _claims = claims;
        _logger = logger;
    }

    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var sub = context.Subject.FindFirstValue("sub");
        if (!Guid.TryParse(sub, out var userId))
        {
            _logger.LogWarning("No usable sub claim ({Sub}); tenant claims skipped", sub);
            return;
        }

        var tenant = await _claims.GetAsync(userId, CancellationToken.None);
        if (tenant is null) return;

        if (!string.IsNullOrEmpty(tenant.RestaurantId))
            context.IssuedClaims.Add(new Claim(RestaurantIdClaim, tenant.RestaurantId));
        if (!string.IsNullOrEmpty(tenant.LocationId))
            context.IssuedClaims.Add(new Claim(LocationIdClaim, tenant.LocationId));

        context.IssuedClaims.RemoveAll(c => c.Type == "role");
        foreach (var role in tenant.Roles)
            context.IssuedClaims.Add(new Claim("role", role));
    }

    public Task IsActiveAsync(IsActiveContext context)
    {
        context.IsActive = true;
        return Task.CompletedTask;
    }
}
