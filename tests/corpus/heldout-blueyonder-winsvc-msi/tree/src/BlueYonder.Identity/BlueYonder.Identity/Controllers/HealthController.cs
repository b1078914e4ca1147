using Microsoft.AspNetCore.Mvc;

namespace BlueYonder.Identity.Controllers;

/// <summary>Polled by the load balancer; answers as long as the process is up.</summary>
[ApiController]
[Route("api/[controller]")]
public class HealthController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Ok(new { status = "Healthy" });
}
