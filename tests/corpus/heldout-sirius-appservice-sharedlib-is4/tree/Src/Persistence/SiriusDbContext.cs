using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Sirius.Application.Common.Interfaces;
using Sirius.Common;
using Sirius.Domain.Common;
using Sirius.Domain.Entities;

namespace Sirius.Persistence
{
    public class SiriusDbContext : DbContext, ISiriusDbContext
    {
        private readonly ICurrentUserService _currentUser;
        private readonly IDateTime _clock;

        public SiriusDbContext(DbContextOptions<SiriusDbContext> options)
            : base(options)
        {
        }

        public SiriusDbContext(DbContextOptions<SiriusDbContext> options, ICurrentUserService currentUser, IDateTime clock)
            : base(options)
        {
            _currentUser = currentUser;
            _clock = clock;
        }

        public DbSet<Customer> Customers { get; set; }

        public DbSet<Order> Orders { get; set; }

        public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
        {
            foreach (var entry in ChangeTracker.Entries<AuditableEntity>())
            {
                if (entry.State == EntityState.Added)
                {
                    entry.Entity.CreatedBy = _currentUser?.UserId;
                    entry.Entity.Created = _clock?.Now ?? default;
                }
                else if (entry.State == EntityState.Modified)
                {
                    entry.Entity.LastModifiedBy = _currentUser?.UserId;
                    entry.Entity.LastModified = _clock?.Now;
                }
            }

            return base.SaveChangesAsync(cancellationToken);
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(typeof(SiriusDbContext).Assembly);
        }
    }
}
