namespace Wingtip.Identity.Web.Sso.Infrastructure.Events;

// Replaces IdentityServer's default sink: success and information events are logged here
// and sign-in/sign-out events keep the "who is online" set in Redis current.
public class SessionTrackingEventSink : IEventSink
{
    private const string ActiveUsersSet = "wingtip:active-users";

    private readonly ILogger<SessionTrackingEventSink> _log;
    private readonly IConnectionMultiplexer _redis;

    public SessionTrackingEventSink(ILogger<SessionTrackingEventSink> log, IConnectionMultiplexer redis)
    {
        _log = log;
        _redis = redis;
    }

    public async Task PersistAsync(Event evt)
    {
        if (evt.EventType != EventTypes.Success && evt.EventType != EventTypes.Information)
        {
            return;
        }

        _log.LogInformation("{EventName} ({EventId}) {@Event}", evt.Name, evt.Id, evt);

        var db = _redis.GetDatabase();
        switch (evt)
        {
            case UserLoginSuccessEvent signedIn:
                await db.SetAddAsync(ActiveUsersSet, signedIn.SubjectId);
                break;
            case UserLogoutSuccessEvent signedOut:
                await db.SetRemoveAsync(ActiveUsersSet, signedOut.SubjectId);
                break;
        }
    }
}
