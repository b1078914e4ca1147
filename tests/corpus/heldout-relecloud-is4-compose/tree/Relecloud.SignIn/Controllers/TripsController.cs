using System;
using System.Linq;
using IdentityModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Relecloud.SignIn.Controllers
{
    [ApiController]
    [Route("api/trips")]
    [Authorize(AuthenticationSchemes = "Bearer")]
    public class TripsController : ControllerBase
    {
        private static readonly string[] Destinations = { "Fjord cruise", "Desert rail", "Island hop", "Alpine lodge" };

        [HttpGet]
        public IActionResult Get()
        {
            var subject = User.Claims.FirstOrDefault(c => c.Type == JwtClaimTypes.Subject)?.Value;
            var region = User.Claims.FirstOrDefault(c => c.Type == RelecloudClaims.HomeRegion)?.Value;
            var random = new Random();
            var offers = Enumerable.Range(1, 3)
                .Select(i => new { Day = DateTime.UtcNow.Date.AddDays(i * 7), Trip = Destinations[random.Next(Destinations.Length)] })
                .ToList();

            return Ok(new { subject, region, offers });
        }
    }
}
