using Microsoft.AspNetCore.Identity;

namespace IdentityServer.Domain.Entities;

public class ApplicationUser : IdentityUser<Guid>
{
    public bool IsActive { get; set; }
}

public class ApplicationRole : IdentityRole<Guid>
{
    public string? LocalName { get; set; }
}
