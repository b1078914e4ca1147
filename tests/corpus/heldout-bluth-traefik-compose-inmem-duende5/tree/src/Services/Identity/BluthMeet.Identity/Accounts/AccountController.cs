using System.Threading.Tasks;
using Duende.IdentityServer;
using Duende.IdentityServer.Events;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace BluthMeet.Identity.Accounts
{
    [SecurityHeaders]
    public class AccountController : Controller
    {
        private readonly IAccountDirectory _accounts;
        private readonly IIdentityServerInteractionService _interaction;
        private readonly IEventService _events;

        public AccountController(IAccountDirectory accounts, IIdentityServerInteractionService interaction,
            IEventService events)
        {
            _accounts = accounts;
            _interaction = interaction;
            _events = events;
        }

        [HttpGet]
        public IActionResult Login(string returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> Login(LoginModel model)
        {
            var context = await _interaction.GetAuthorizationContextAsync(model.ReturnUrl);

            if (!ModelState.IsValid || !_accounts.CheckPassword(model.UserName, model.Password))
            {
                await _events.RaiseAsync(new UserLoginFailureEvent(model.UserName, "invalid credentials",
                    clientId: context?.Client.ClientId));
                ModelState.AddModelError(string.Empty, "Invalid user name");
                return View(model);
            }

            var user = _accounts.Find(model.UserName);
            await _events.RaiseAsync(new UserLoginSuccessEvent(user.Username, user.SubjectId, user.Username,
                clientId: context?.Client.ClientId));

            await HttpContext.SignInAsync(new IdentityServerUser(user.SubjectId) { DisplayName = user.Username });

            if (context != null || Url.IsLocalUrl(model.ReturnUrl)) return Redirect(model.ReturnUrl);
            return Redirect("~/");
        }
    }

    public class LoginModel
    {
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
        public string ReturnUrl { get; set; } = "";
    }
}
