using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Soylent.Application.Entities;

namespace Soylent.Infrastructure.Persistence
{
    public class ApplicationContext : IdentityDbContext<User, IdentityRole<string>, string>
    {
        public ApplicationContext(DbContextOptions<ApplicationContext> options) : base(options)
        {
        }

        public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();
    }
}
