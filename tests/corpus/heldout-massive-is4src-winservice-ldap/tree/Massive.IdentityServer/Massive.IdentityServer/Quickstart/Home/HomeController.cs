using Microsoft.AspNetCore.Mvc;

namespace Massive.IdentityServer.Quickstart.Home
{
    public class HomeController : Controller
    {
        public IActionResult Index() => Content("Massive identity service");
    }
}
