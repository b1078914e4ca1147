using Duende.IdentityServer.Events;
using Duende.IdentityServer.Services;

namespace BlueYonder.Identity.Services;

/// <summary>
/// Writes every IdentityServer event to the Serilog pipeline (shipped to the central log server)
/// and copies the client id onto the request so the request log line carries it.
/// </summary>
public class AuditEventSink : IEventSink
{
    private readonly ILogger<AuditEventSink> _logger;
    private readonly IHttpContextAccessor _accessor;

    public AuditEventSink(ILogger<AuditEventSink> logger, IHttpContextAccessor accessor)
    {
        _logger = logger;
        _accessor = accessor;
    }

    public Task PersistAsync(Event evt)
    {
        _logger.LogInformation("IdentityServer event {@Event}", evt);

        var context = _accessor.HttpContext;
        if (context is not null)
        {
            switch (evt)
            {
                case TokenIssuedSuccessEvent issued:
                    context.Items["ClientId"] = issued.ClientId;
                    break;
                case ClientAuthenticationFailureEvent failed:
                    context.Items["ClientId"] = failed.ClientId;
                    break;
            }
        }

        return Task.CompletedTask;
    }
}
