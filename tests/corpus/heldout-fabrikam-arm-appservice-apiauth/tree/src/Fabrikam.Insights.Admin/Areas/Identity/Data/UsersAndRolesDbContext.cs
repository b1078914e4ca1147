using Fabrikam.Insights.Admin.Models;
using IdentityServer4.EntityFramework.Options;
using Microsoft.AspNetCore.ApiAuthorization.IdentityServer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fabrikam.Insights.Admin.Areas.Identity.Data
{
    // Holds the Identity users and roles plus IdentityServer's PersistedGrants and DeviceCodes tables.
    public class UsersAndRolesDbContext : ApiAuthorizationDbContext<ApplicationUser>
    {
        public DbSet<UserInvite> UserInvites { get; set; } = null!;

        public UsersAndRolesDbContext(
            DbContextOptions<UsersAndRolesDbContext> options,
            IOptions<OperationalStoreOptions> operationalStoreOptions)
            : base(options, operationalStoreOptions)
        {
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);

            modelBuilder.Entity<IdentityRole>().HasData(
                new IdentityRole { Id = "analyst", Name = "Analyst", NormalizedName = "ANALYST" },
                new IdentityRole { Id = "bau-user", Name = "BAU User", NormalizedName = "BAU USER" });
        }
    }
}
