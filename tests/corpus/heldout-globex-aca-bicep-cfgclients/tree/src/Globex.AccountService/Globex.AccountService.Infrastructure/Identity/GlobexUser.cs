using Microsoft.AspNetCore.Identity;

namespace Globex.AccountService.Infrastructure.Identity;

public class GlobexUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;
    public string Role { get; set; } = "Shopper";
    public bool IsActive { get; set; } = true;
}
