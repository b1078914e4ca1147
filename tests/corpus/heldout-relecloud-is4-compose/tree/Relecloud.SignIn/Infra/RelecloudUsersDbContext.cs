using System;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Relecloud.SignIn.Model;

namespace Relecloud.SignIn.Infra
{
    public class RelecloudUsersDbContext : IdentityDbContext<
        RelecloudUser,
        RelecloudRole,
        Guid,
        IdentityUserClaim<Guid>,
        RelecloudUserRole,
        IdentityUserLogin<Guid>,
        IdentityRoleClaim<Guid>,
        IdentityUserToken<Guid>>
    {
        public RelecloudUsersDbContext(DbContextOptions<RelecloudUsersDbContext> options) : base(options)
        {
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);

            const string schema = "Members";
            modelBuilder.Entity<RelecloudUser>(b => b.ToTable("Users", schema));
            modelBuilder.Entity<RelecloudRole>(b => b.ToTable("Roles", schema));
            modelBuilder.Entity<RelecloudUserRole>(b => b.ToTable("UserRoles", schema));
            modelBuilder.Entity<IdentityUserClaim<Guid>>(b => b.ToTable("UserClaims", schema));
            modelBuilder.Entity<IdentityUserLogin<Guid>>(b => b.ToTable("UserLogins", schema));
            modelBuilder.Entity<IdentityUserToken<Guid>>(b => b.ToTable("UserTokens", schema));
            modelBuilder.Entity<IdentityRoleClaim<Guid>>(b => b.ToTable("RoleClaims", schema));
        }
    }
}
