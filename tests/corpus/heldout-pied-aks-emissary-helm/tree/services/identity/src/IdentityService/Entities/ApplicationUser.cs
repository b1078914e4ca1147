using Microsoft.AspNetCore.Identity;

namespace IdentityService.Entities;

public class ApplicationUser : IdentityUser<Guid>
{
    public string? CurrentRestaurantId { get; set; }
    public string? CurrentLocationId { get; set; }
}
