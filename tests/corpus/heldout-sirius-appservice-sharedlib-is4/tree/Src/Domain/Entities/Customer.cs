using System.Collections.Generic;
using Sirius.Domain.Common;

namespace Sirius.Domain.Entities
{
    public class Customer : AuditableEntity
    {
        public string CustomerId { get; set; }
        public string CompanyName { get; set; }
        public string ContactName { get; set; }
        public string City { get; set; }
        public string Country { get; set; }
        public string Phone { get; set; }

        public ICollection<Order> Orders { get; private set; } = new HashSet<Order>();
    }
}
