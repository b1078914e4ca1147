using Microsoft.AspNetCore.Mvc;

namespace Zorg.Catalog.v1.Controllers
{
  [Route("")]
  public class HealthController : Controller
  {
    [HttpGet("/health")]
    public bool Get() => true;
  }
}
