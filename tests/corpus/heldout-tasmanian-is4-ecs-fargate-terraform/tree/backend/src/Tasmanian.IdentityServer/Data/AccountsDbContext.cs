using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace TasmanianIdentity.Data
{
    public class AccountsDbContext : IdentityDbContext<TasmanianUser>
    {
        public AccountsDbContext(DbContextOptions<AccountsDbContext> options)
            : base(options)
        {
        }
    }
}
