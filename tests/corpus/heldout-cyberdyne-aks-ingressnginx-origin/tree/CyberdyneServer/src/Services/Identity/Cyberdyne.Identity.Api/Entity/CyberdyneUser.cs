using Microsoft.AspNetCore.Identity;

namespace Cyberdyne.Identity.Api.Entity;

public class CyberdyneUser : IdentityUser
{
    public string? AvatarUrl { get; set; }
}
