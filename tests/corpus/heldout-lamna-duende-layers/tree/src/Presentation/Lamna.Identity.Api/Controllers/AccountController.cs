namespace Lamna.Identity.Api.Controllers;

[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/account/[action]")]
public class AccountController : ControllerBase
{
    private readonly SignInManager<Member> _signIn;

    public AccountController(SignInManager<Member> signIn)
    {
        _signIn = signIn;
    }

    [HttpPost("{provider}")]
    public IActionResult External(string provider, string returnUrl = null)
    {
        var callback = Url.Action(nameof(ExternalCallback), "Account", new { returnUrl });
        var properties = _signIn.ConfigureExternalAuthenticationProperties(provider, callback);
        return Challenge(properties, provider);
    }

    [HttpGet]
    public async Task<IActionResult> ExternalCallback(string returnUrl = null)
    {
        var info = await _signIn.GetExternalLoginInfoAsync();
        if (info is null) return BadRequest();

        var result = await _signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, false, true);
        return result.Succeeded ? Ok() : Unauthorized();
    }
}
