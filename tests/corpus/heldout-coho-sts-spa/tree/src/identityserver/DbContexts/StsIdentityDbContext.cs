using Coho.Sts.Admin.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Coho.Sts.Admin.DbContexts;

public class StsIdentityDbContext : IdentityDbContext<User, Role, int>
{
    public StsIdentityDbContext(DbContextOptions<StsIdentityDbContext> options) : base(options)
    {
    }
}
