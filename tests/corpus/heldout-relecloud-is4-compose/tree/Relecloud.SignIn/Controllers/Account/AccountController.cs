using System.Threading.Tasks;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Relecloud.SignIn.Model;

namespace Relecloud.SignIn.Controllers.Account
{
    [AllowAnonymous]
    public class AccountController : Controller
    {
        private readonly SignInManager<RelecloudUser> _signInManager;
        private readonly IIdentityServerInteractionService _interaction;

        public AccountController(SignInManager<RelecloudUser> signInManager, IIdentityServerInteractionService interaction)
        {
            _signInManager = signInManager;
            _interaction = interaction;
        }

        [HttpGet]
        public IActionResult Login(string returnUrl) => View(model: returnUrl);

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> Login(string email, string password, string returnUrl)
        {
            var result = await _signInManager.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded && _interaction.IsValidReturnUrl(returnUrl))
            {
                return Redirect(returnUrl);
            }

            ModelState.AddModelError(string.Empty, "Email or password is not right");
            return View(model: returnUrl);
        }
    }
}
