using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Sirius.Application.Customers.Queries.GetCustomersList;
using Sirius.Domain.Entities;
using Sirius.Persistence;
using Xunit;

namespace Sirius.Application.UnitTests
{
    public class GetCustomersListQueryTests
    {
        [Fact]
        public async Task Returns_customers_ordered_by_name()
        {
            var options = new DbContextOptionsBuilder<SiriusDbContext>().UseInMemoryDatabase("customers").Options;
            using var db = new SiriusDbContext(options);
            db.Customers.Add(new Customer { CustomerId = "ZED", CompanyName = "Zeta" });
            db.Customers.Add(new Customer { CustomerId = "ALF", CompanyName = "Alpha" });
            await db.SaveChangesAsync();

            var result = await new GetCustomersListQuery.Handler(db).Handle(new GetCustomersListQuery(), CancellationToken.None);

            Assert.Equal("Alpha", result[0].Name);
        }
    }
}
