using IdentityServer4.Events;
using IdentityServer4.Services;
using System.Threading.Tasks;

namespace Contoso.Sso.Configuration
{
    // Writes every IdentityServer event to the audit table instead of the log.
    public class AuditEventSink : IEventSink
    {
        private readonly IAuditTrailWriter _trail;

        public AuditEventSink(IAuditTrailWriter trail) => _trail = trail;

        public Task PersistAsync(Event evt)
        {
            var subject = evt switch
            {
                TokenIssuedSuccessEvent e => e.ClientId,
                TokenIssuedFailureEvent e => e.ClientId,
                UserLoginSuccessEvent e => e.Username,
                UserLoginFailureEvent e => e.Username,
                _ => null
            };
            return _trail.AppendAsync(evt.Category, evt.Name, subject, evt.RemoteIpAddress, evt.TimeStamp);
        }
    }
}
