using Wingtip.Identity.EntityFrameworkCore;

namespace Wingtip.Identity.Service.Admin.Infrastructure;

// First-run data: the built-in admin account and the standard OpenID scopes.
public class IdentitySeedData
{
    public async Task SeedAsync(DirectoryDbContext context, IServiceProvider services)
    {
        if (!context.Set<StaffAccount>().Any())
        {
            context.Add(new StaffAccount { Account = "admin", DisplayName = "Wingtip Administrator" });
            await context.SaveChangesAsync();
        }
    }
}
