using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json.Linq;

namespace Weyland.Relay.Controllers
{
    /// <summary>Endpoint the Weyland Voice platform calls with SYNC / QUERY / EXECUTE intents.</summary>
    [Route("/fulfillment")]
    public class FulfillmentController : Controller
    {
        [HttpPost]
        [Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
        public IActionResult Post([FromBody] JObject request)
        {
            var requestId = request.Value<string>("requestId");
            return Ok(new { requestId, payload = new { } });
        }
    }
}
