using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

[assembly: InternalsVisibleTo("Pendant.Members.Migrator")]

namespace Pendant.Members;

internal sealed class MembersDbContext : IdentityDbContext<Member, MemberRole, Guid>
{
    public MembersDbContext(DbContextOptions<MembersDbContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema("members");
    }
}
