using System.Threading.Tasks;
using IdentityServer4.Events;
using IdentityServer4.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pawnee.Common.Options;
using Pawnee.Infrastructure.Services;

namespace Pawnee.Identity.Services
{
    // Replaces the default sink: IdentityServer events go to Event Grid (when enabled) and to the log.
    public class AuditEventSink : IEventSink
    {
        private readonly IEventGridPublisher publisher;
        private readonly EventOptions options;
        private readonly ILogger<AuditEventSink> logger;

        public AuditEventSink(IOptionsMonitor<EventOptions> options, IEventGridPublisher publisher, ILogger<AuditEventSink> logger)
        {
            this.publisher = publisher;
            this.options = options.CurrentValue;
            this.logger = logger;
        }

        public async Task PersistAsync(Event evt)
        {
            logger.LogInformation("IdentityServer event {Name} ({Category}): {Message}", evt.Name, evt.Category, evt.Message);
            if (options.IdentityServer)
            {
                await publisher.PublishAsync("identity", evt.Name, evt.Message);
            }
        }
    }
}
