using IdentityService.Entities;
using Microsoft.AspNetCore.Identity;

namespace IdentityService.Services;

public class TenantUserProfileService
{
    private readonly UserManager<ApplicationUser> _users;

    public TenantUserProfileService(UserManager<ApplicationUser> users) => _users = users;

    public async Task SetDefaultLocationAsync(Guid userId, string restaurantId, string locationId)
    {
        var user = await _users.FindByIdAsync(userId.ToString())
                   ?? throw new KeyNotFoundException($"User {userId} not found");
        user.CurrentRestaurantId = restaurantId;
        user.CurrentLocationId = locationId;
        await _users.UpdateAsync(user);
    }
}
