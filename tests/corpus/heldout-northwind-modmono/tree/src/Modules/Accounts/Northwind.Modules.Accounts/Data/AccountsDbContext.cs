using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Northwind.Modules.Accounts.Data;

public sealed class EaterAccount : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
}

public sealed class AccountsDbContext : IdentityDbContext<EaterAccount, IdentityRole<Guid>, Guid>
{
    public AccountsDbContext(DbContextOptions<AccountsDbContext> options) : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema("accounts");
        base.OnModelCreating(builder);
    }
}
