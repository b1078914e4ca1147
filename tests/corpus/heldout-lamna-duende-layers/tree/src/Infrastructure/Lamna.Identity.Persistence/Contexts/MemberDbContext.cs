using Lamna.Identity.Domain.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lamna.Identity.Persistence.Contexts;

public class MemberDbContext : IdentityDbContext<Member, MemberRole, Guid>
{
    public MemberDbContext(DbContextOptions<MemberDbContext> options) : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema("members");
    }
}
