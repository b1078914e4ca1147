using Microsoft.AspNetCore.Mvc;

namespace Trey.IdentityServer.Controllers.Home
{
    public class HomeController : Controller
    {
        public IActionResult Index() => View();

        public IActionResult Error() => View();
    }
}
