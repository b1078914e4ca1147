using IdentityServer.Application.User.Commands.SignInUser;

namespace IdentityServer.Api.Controllers;

[ApiController]
[Route("api/[controller]/[action]")]
public class AccountController : ControllerBase
{
    private readonly ISender _mediator;

    public AccountController(ISender mediator)
    {
        _mediator = mediator;
    }

    [HttpPost]
    [AllowAnonymous]
    public async Task<IActionResult> Signin([FromForm] SigninCommand command)
    {
        return Ok(await _mediator.Send(command));
    }
}
