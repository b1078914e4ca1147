using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using AcmeKeys.Models;

namespace AcmeKeys.Data
{
	public class AcmeKeysContext : IdentityDbContext<ApplicationUser>
	{
		public AcmeKeysContext(DbContextOptions<AcmeKeysContext> options) : base(options)
		{
		}

		public DbSet<ApplicationUser> ApplicationUsers { get; set; }

		protected override void OnModelCreating(ModelBuilder builder)
		{
			base.OnModelCreating(builder);
			builder.Entity<ApplicationUser>().ToTable("AspNetUsers");
		}
	}
}
