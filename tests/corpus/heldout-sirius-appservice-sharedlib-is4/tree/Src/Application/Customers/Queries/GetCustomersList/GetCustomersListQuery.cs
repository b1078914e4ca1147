using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Application.Common.Interfaces;

namespace Sirius.Application.Customers.Queries.GetCustomersList
{
    public class CustomerLookupDto
    {
        public string Id { get; set; }
        public string Name { get; set; }
    }

    public class GetCustomersListQuery : IRequest<IList<CustomerLookupDto>>
    {
        public class Handler : IRequestHandler<GetCustomersListQuery, IList<CustomerLookupDto>>
        {
            private readonly ISiriusDbContext _db;

            public Handler(ISiriusDbContext db) => _db = db;

            public async Task<IList<CustomerLookupDto>> Handle(GetCustomersListQuery request, CancellationToken cancellationToken)
            {
                return await _db.Customers
                    .OrderBy(c => c.CompanyName)
                    .Select(c => new CustomerLookupDto { Id = c.CustomerId, Name = c.CompanyName })
                    .ToListAsync(cancellationToken);
            }
        }
    }
}
