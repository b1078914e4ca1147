using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MediatR;
using Sirius.Application.Common.Interfaces;
using Sirius.Domain.Entities;

namespace Sirius.Application.System.Commands.SeedSampleData
{
    /// <summary>Fills an empty database with demo customers and a demo login.</summary>
    public class SeedSampleDataCommand : IRequest
    {
        public class Handler : IRequestHandler<SeedSampleDataCommand>
        {
            private readonly ISiriusDbContext _db;
            private readonly IUserManager _users;

            public Handler(ISiriusDbContext db, IUserManager users)
            {
                _db = db;
                _users = users;
            }

            public async Task<Unit> Handle(SeedSampleDataCommand request, CancellationToken cancellationToken)
            {
                if (_db.Customers.Any())
                {
                    return Unit.Value;
                }

                _db.Customers.Add(new Customer { CustomerId = "ALPHA", CompanyName = "Alpha Provisions", City = "Lisbon", Country = "Portugal" });
                _db.Customers.Add(new Customer { CustomerId = "BETEL", CompanyName = "Betelgeuse Imports", City = "Oslo", Country = "Norway" });
                await _db.SaveChangesAsync(cancellationToken);

                await _users.CreateUserAsync("demo@sirius", "Sirius-Demo-7!");

                return Unit.Value;
            }
        }
    }
}
