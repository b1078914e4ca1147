using Microsoft.AspNetCore.Mvc;

namespace Gdi.Passport.Users;

[ApiController]
[Route("api/v1/user")]
public class UserController(IUserService userService) : ControllerBase
{
	public sealed record CreateUserRequest(string Email, string Password);

	[HttpPost]
	public async Task<IActionResult> CreateAsync([FromBody] CreateUserRequest request)
	{
		var result = await userService.CreateAsync(request.Email, request.Password);
		return result.Succeeded ? StatusCode(StatusCodes.Status201Created) : BadRequest(result.Errors);
	}
}
