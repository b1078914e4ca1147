using System.Threading.Tasks;
using IdentityServer4.Events;
using IdentityServer4.Services;
using Microsoft.Extensions.Logging;

namespace Soylent.App.Application.Middlewares
{
    // Replaces the default sink: only error and failure events are written, success and
    // information events are dropped.
    public class ErrorOnlyEventSink : IEventSink
    {
        private readonly ILogger<ErrorOnlyEventSink> _logger;

        public ErrorOnlyEventSink(ILogger<ErrorOnlyEventSink> logger) => _logger = logger;

        public Task PersistAsync(Event evt)
        {
            if (evt.EventType == EventTypes.Error || evt.EventType == EventTypes.Failure)
            {
                _logger.LogError("{Event}", evt.ToString());
            }

            return Task.CompletedTask;
        }
    }
}
