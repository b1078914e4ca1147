using Duende.IdentityServer.Events;
using Duende.IdentityServer.Services;
using RSK.Audit;
using Rsk.DuendeIdentityServer.AuditEventSink.Adapters;

namespace Fabrikam.Sso.Host.Events;

// Writes IdentityServer events to the audit database instead of the log.
public class AuditTrailSink : IEventSink
{
    private readonly IRecordAuditableActions _recorder;

    public AuditTrailSink(IRecordAuditableActions recorder) => _recorder = recorder;

    public Task PersistAsync(Event evt)
    {
        IAuditEventArguments? entry = evt switch
        {
            UserLoginSuccessEvent e => new UserLoginSuccessEventAdapter(e),
            UserLoginFailureEvent e => new UserLoginFailureEventAdapter(e),
            TokenIssuedSuccessEvent e => new TokenIssuedSuccessEventAdapter(e),
            TokenIssuedFailureEvent e => new TokenIssuedFailureEventAdapter(e),
            _ => null
        };

        if (entry is null)
        {
            return Task.CompletedTask;
        }

        return evt.EventType is EventTypes.Success or EventTypes.Information
            ? _recorder.RecordSuccess(entry)
            : _recorder.RecordFailure(entry);
    }
}
