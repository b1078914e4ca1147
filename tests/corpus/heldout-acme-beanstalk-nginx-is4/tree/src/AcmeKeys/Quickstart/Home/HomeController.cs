using Microsoft.AspNetCore.Mvc;

namespace IdentityServer4.Quickstart.UI
{
	[SecurityHeaders]
	public class HomeController : Controller
	{
		public IActionResult Index() => View();
	}
}
