using Microsoft.AspNetCore.Identity;

namespace Consolidated.IdentityServer.AspNetIdentity.Models;

public class ApplicationUser : IdentityUser
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
}

public class ApplicationRole : IdentityRole
{
}
