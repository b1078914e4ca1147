using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Sirius.Domain.Entities;

namespace Sirius.Application.Common.Interfaces
{
    public interface ISiriusDbContext
    {
        DbSet<Customer> Customers { get; set; }

        DbSet<Order> Orders { get; set; }

        Task<int> SaveChangesAsync(CancellationToken cancellationToken);
    }
}
