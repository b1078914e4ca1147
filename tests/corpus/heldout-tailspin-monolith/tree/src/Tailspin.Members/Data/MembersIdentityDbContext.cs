using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tailspin.Common.Domain;

namespace Tailspin.Members.Data;

public class MembersIdentityDbContext(DbContextOptions<MembersIdentityDbContext> options)
    : IdentityDbContext<MemberUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema("members");
    }
}
