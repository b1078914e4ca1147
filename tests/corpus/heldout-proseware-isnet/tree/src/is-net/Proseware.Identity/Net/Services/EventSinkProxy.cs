using Proseware.Identity.Abstractions.EventSinks;
using IdentityServer4.Events;
using IdentityServer4.Services;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Proseware.Identity.Services;

// Hands every IdentityServer event to the IIdentityEventSink plug-ins (none are registered by default).
public class EventSinkProxy : IEventSink
{
    private readonly IEnumerable<IIdentityEventSink> _sinks;

    public EventSinkProxy(IEnumerable<IIdentityEventSink> sinks)
    {
        _sinks = sinks;
    }

    public async Task PersistAsync(Event evt)
    {
        if (_sinks == null)
        {
            return;
        }

        foreach (var sink in _sinks)
        {
            await sink.PersistAsync(new IdentityEvent
            {
                Category = evt.Category,
                Name = evt.Name,
                Id = evt.Id,
                Message = evt.Message,
                RemoteIpAddress = evt.RemoteIpAddress,
                TimeStamp = evt.TimeStamp
            });
        }
    }
}
