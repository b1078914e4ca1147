using Duende.IdentityServer.Services;
using identityhost.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace identityhost.Pages.Account;

[AllowAnonymous]
public class LoginModel : PageModel
{
    private readonly SignInManager<TpsUser> _signIn;
    private readonly IIdentityServerInteractionService _interaction;

    public LoginModel(SignInManager<TpsUser> signIn, IIdentityServerInteractionService interaction)
    {
        _signIn = signIn;
        _interaction = interaction;
    }

    [BindProperty]
    public string Username { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var context = await _interaction.GetAuthorizationContextAsync(ReturnUrl);
        var result = await _signIn.PasswordSignInAsync(Username, Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded && (context is not null || Url.IsLocalUrl(ReturnUrl)))
        {
            return Redirect(ReturnUrl ?? "~/");
        }

        ModelState.AddModelError(string.Empty, "Invalid user name or password");
        return Page();
    }
}
