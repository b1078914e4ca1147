using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Events;
using IdentityServer4.Extensions;
using IdentityServer4.Services;
using IdentityServer4.Stores;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using AcmeKeys.Models;
using AcmeKeys.Services;

namespace IdentityServer4.Quickstart.UI
{
	[SecurityHeaders]
	[AllowAnonymous]
	public class AccountController : Controller
	{
		private readonly UserManager<ApplicationUser> _userManager;
		private readonly SignInManager<ApplicationUser> _signInManager;
		private readonly IIdentityServerInteractionService _interaction;
		private readonly IClientStore _clientStore;
		private readonly IEventService _events;

		public AccountController(
			UserManager<ApplicationUser> userManager,
			SignInManager<ApplicationUser> signInManager,
			IIdentityServerInteractionService interaction,
			IClientStore clientStore,
			IEventService events)
		{
			_userManager = userManager;
			_signInManager = signInManager;
			_interaction = interaction;
			_clientStore = clientStore;
			_events = events;
		}

		[HttpGet]
		public IActionResult Login(string returnUrl) => View(new LoginInputModel { ReturnUrl = returnUrl });

		[HttpPost]
		[ValidateAntiForgeryToken]
		public async Task<IActionResult> Login(LoginInputModel model, string button)
		{
			var context = await _interaction.GetAuthorizationContextAsync(model.ReturnUrl);
			if (button != "login")
			{
				return context != null ? Redirect(model.ReturnUrl) : Redirect("~/");
			}

			if (ModelState.IsValid)
			{
				var result = await _signInManager.PasswordSignInAsync(model.Username, model.Password, model.RememberLogin, lockoutOnFailure: true);
				if (result.Succeeded)
				{
					var user = await _userManager.FindByNameAsync(model.Username);
					await _events.RaiseAsync(new UserLoginSuccessEvent(user.UserName, user.Id, user.UserName, clientId: context?.ClientId));

					if (context != null || Url.IsLocalUrl(model.ReturnUrl))
					{
						return Redirect(model.ReturnUrl);
					}
					var portal = await _clientStore.FindClientByIdAsync("acme-portal");
					return Redirect(portal.ClientUri + "/login");
				}

				await _events.RaiseAsync(new UserLoginFailureEvent(model.Username, "invalid credentials", clientId: context?.ClientId));
				ModelState.AddModelError(string.Empty, "Invalid username or password");
			}
			return View(model);
		}

		[HttpPost]
		[ValidateAntiForgeryToken]
		public async Task<IActionResult> ForgotPassword(string email)
		{
			var user = await _userManager.FindByEmailAsync(email);
			if (user != null)
			{
				var token = await _userManager.GeneratePasswordResetTokenAsync(user);
				var link = Url.Action("ResetPassword", "Account", new { email = user.Email, token }, protocol: Request.Scheme);
				await new EmailService().SendEmailAsync(email, "Password reset", $"<a href=\"{link}\">Reset your password</a>");
			}
			return View();
		}
	}

	public class LoginInputModel
	{
		public string Username { get; set; }
		public string Password { get; set; }
		public bool RememberLogin { get; set; }
		public string ReturnUrl { get; set; }
	}
}
