using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;

namespace TasmanianIdentity.Quickstart.Home
{
    [AllowAnonymous]
    public class HomeController : Controller
    {
        private readonly IWebHostEnvironment _environment;

        public HomeController(IWebHostEnvironment environment)
        {
            _environment = environment;
        }

        // "/" is only a page in Development; everywhere else it answers 404.
        public IActionResult Index()
        {
            if (_environment.IsDevelopment())
            {
                return View();
            }

            return NotFound();
        }
    }
}
