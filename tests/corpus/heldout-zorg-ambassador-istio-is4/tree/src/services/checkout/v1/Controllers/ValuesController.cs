using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;

namespace Zorg.Checkout.v1.Controllers
{
    [ApiVersion("1.0")]
    [Route("api/v{version:apiVersion}/[controller]")]
    public class ValuesController : Controller
    {
        [HttpGet]
        public IEnumerable<string> Get() => new[] { "checkout", "pending" };
    }
}
