using Globex.AccountService.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Globex.AccountService.Api.Controllers;

[ApiController]
[Route("api/v1/merchants")]
[Authorize]
public sealed class MerchantsController(IMerchantOnboarding onboarding) : ControllerBase
{
    public sealed record RegisterMerchantRequest(string DisplayName);

    [HttpPost]
    public async Task<IActionResult> Register(RegisterMerchantRequest request, CancellationToken ct)
    {
        var sub = User.FindFirst("sub")?.Value;
        if (!Guid.TryParse(sub, out var userId))
            return Forbid();

        var id = await onboarding.SubmitAsync(userId, request.DisplayName, ct);
        return Created($"/api/v1/merchants/{id}", new { id });
    }
}
