using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Wingtip.Identity.Data;

public sealed class WingtipUser : IdentityUser
{
    public string? DisplayName { get; set; }
}

public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<WingtipUser>(options);

internal sealed class AccountsSeed(UserManager<WingtipUser> users) : ISeed<AccountsDbContext>
{
    public async Task RunAsync(AccountsDbContext db)
    {
        if (await users.FindByNameAsync("demo.reader") is null)
        {
            await users.CreateAsync(
                new WingtipUser { UserName = "demo.reader", Email = "reader@wingtip.example.test", EmailConfirmed = true },
                "Reader!2024-local");
        }
    }
}
