using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fabrikam.Identity.Data;

public class Traveller : IdentityUser<Guid>
{
    public string? DisplayName { get; set; }
}

public class TravellerRole : IdentityRole<Guid>
{
}

// ASP.NET Identity tables only; IdentityServer clients, scopes and grants are not stored here.
public class AccountsDbContext : IdentityDbContext<Traveller, TravellerRole, Guid>
{
    public AccountsDbContext(DbContextOptions<AccountsDbContext> options)
        : base(options)
    {
    }
}
