using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sirius.Application.Customers.Queries.GetCustomersList;

namespace Sirius.WebUI.Controllers
{
    [Authorize]
    public class CustomersController : BaseController
    {
        [HttpGet]
        public async Task<ActionResult<IList<CustomerLookupDto>>> GetAll()
        {
            return Ok(await Mediator.Send(new GetCustomersListQuery()));
        }
    }
}
