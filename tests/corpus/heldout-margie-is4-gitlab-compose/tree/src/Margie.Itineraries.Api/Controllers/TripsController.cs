using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Margie.Itineraries.Api.Controllers
{
    [ApiController]
    [Route("trips")]
    [Authorize("ItinerariesScope")]
    public class TripsController : ControllerBase
    {
        [HttpGet]
        public IActionResult Get() => Ok(new[] { "Lisbon", "Oaxaca", "Hokkaido" });
    }
}
