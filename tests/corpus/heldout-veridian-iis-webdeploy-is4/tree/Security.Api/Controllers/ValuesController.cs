using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;

namespace Veridian.Security.Api.Controllers
{
    [Route("api/[controller]")]
    public class ValuesController : Controller
    {
        [HttpGet]
        public IEnumerable<string> Get() => new[] { "value1", "value2" };

        [HttpGet("{id}")]
        public string Get(int id) => $"value{id}";
    }
}
