using IdentityServer4.Models;

namespace Wingtip.Identity.Web.Sso.Infrastructure.Services;

public class WingtipProfileService : IProfileService
{
    private readonly IAuthClient _adminApi;

    public WingtipProfileService(IAuthClient adminApi) => _adminApi = adminApi;

    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var claims = await _adminApi.UserService.GetClaimValuesAsync(Guid.Parse(context.Subject.GetSubjectId()));
        context.IssuedClaims.AddRange(claims.Select(c => new System.Security.Claims.Claim(c.Key, c.Value)));
    }

    public async Task IsActiveAsync(IsActiveContext context)
    {
        var user = await _adminApi.UserService.GetByIdAsync(Guid.Parse(context.Subject.GetSubjectId()));
        context.IsActive = user?.Enabled == true;
    }
}

public class WingtipAuthenticationStateProvider : AuthenticationStateProvider
{
    private readonly IHttpContextAccessor _http;

    public WingtipAuthenticationStateProvider(IHttpContextAccessor http) => _http = http;

    public override Task<AuthenticationState> GetAuthenticationStateAsync()
        => Task.FromResult(new AuthenticationState(_http.HttpContext?.User ?? new()));
}
