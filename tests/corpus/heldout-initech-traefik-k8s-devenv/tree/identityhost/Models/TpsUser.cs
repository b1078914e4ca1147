using Microsoft.AspNetCore.Identity;

namespace identityhost.Models;

public class TpsUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
