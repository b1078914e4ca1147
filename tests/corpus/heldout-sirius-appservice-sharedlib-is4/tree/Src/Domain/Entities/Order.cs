using System;
using Sirius.Domain.Common;

namespace Sirius.Domain.Entities
{
    public class Order : AuditableEntity
    {
        public int OrderId { get; set; }
        public string CustomerId { get; set; }
        public DateTime? OrderDate { get; set; }
        public decimal? Freight { get; set; }

        public Customer Customer { get; set; }
    }
}
