using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityServer4.Configuration.DependencyInjection.Options;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IdentityServer;

// Trimmed copy of IdentityServer4's DefaultUserSession: the session id is kept in the
// authentication properties so the duff login page can resume a pending phone confirmation.
[GoogleTracer.Profile]
public class UserSession : IUserSession
{
    protected readonly IHttpContextAccessor HttpContextAccessor;
    protected readonly IAuthenticationHandlerProvider Handlers;
    protected readonly IdentityServerOptions Options;
    protected readonly ILogger Logger;

    public UserSession(IHttpContextAccessor httpContextAccessor, IAuthenticationHandlerProvider handlers,
        IdentityServerOptions options, ILogger<IUserSession> logger)
    {
        HttpContextAccessor = httpContextAccessor;
        Handlers = handlers;
        Options = options;
        Logger = logger;
    }

    protected HttpContext HttpContext => HttpContextAccessor.HttpContext;

    public virtual async Task<ClaimsPrincipal> GetUserAsync()
    {
        var result = await HttpContext.AuthenticateAsync();
        return result.Succeeded ? result.Principal : null;
    }

    public virtual async Task<string> GetSessionIdAsync()
    {
        var result = await HttpContext.AuthenticateAsync();
        return result.Properties?.Items.TryGetValue("session_id", out var sid) == true ? sid : null;
    }

    public virtual Task<IEnumerable<string>> GetClientListAsync() =>
        Task.FromResult<IEnumerable<string>>(new List<string>());

    public virtual Task AddClientIdAsync(string clientId) => Task.CompletedTask;

    public virtual Task EnsureSessionIdCookieAsync() => Task.CompletedTask;

    public virtual Task RemoveSessionIdCookieAsync() => Task.CompletedTask;
}
