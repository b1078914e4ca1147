using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using AcmeKeys.Models;

namespace IdentityServer4.Quickstart.UI
{
	[SecurityHeaders]
	[Authorize(Policy = "AdminOnly")]
	public class AdminController : Controller
	{
		private readonly UserManager<ApplicationUser> _userManager;

		public AdminController(UserManager<ApplicationUser> userManager)
		{
			_userManager = userManager;
		}

		[HttpGet]
		public IActionResult NewAccount(bool? success) => View(success);

		[HttpPost]
		[ValidateAntiForgeryToken]
		public async Task<IActionResult> NewAccount(string username, string email, string password, string givenName, string familyName)
		{
			if (await _userManager.FindByNameAsync(username) != null)
			{
				ModelState.AddModelError(string.Empty, "User with username already exists");
				return View(false);
			}

			var user = new ApplicationUser { UserName = username, Email = email, EmailConfirmed = true };
			var created = await _userManager.CreateAsync(user, password);
			if (!created.Succeeded)
			{
				ModelState.AddModelError(string.Empty, created.Errors.First().Description);
				return View(false);
			}

			await _userManager.AddClaimsAsync(user, new[]
			{
				new Claim(JwtClaimTypes.Name, $"{givenName} {familyName}"),
				new Claim(JwtClaimTypes.GivenName, givenName),
				new Claim(JwtClaimTypes.FamilyName, familyName),
				new Claim(JwtClaimTypes.Email, email),
			});
			return RedirectToAction(nameof(NewAccount), new { success = true });
		}
	}
}
