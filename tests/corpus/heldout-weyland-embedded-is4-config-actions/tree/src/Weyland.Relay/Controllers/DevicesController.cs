using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Weyland.Relay.Controllers
{
    /// <summary>Admin UI for the device list (cookie login).</summary>
    [Authorize]
    public class DevicesController : Controller
    {
        public IActionResult Index() => View();
    }
}
