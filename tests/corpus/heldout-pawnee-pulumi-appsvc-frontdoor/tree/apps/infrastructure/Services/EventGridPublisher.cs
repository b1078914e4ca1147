using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Pawnee.Infrastructure.Services
{
    public interface IEventGridPublisher
    {
        Task PublishAsync(string subject, string eventType, string? data);
    }

    // Production wires the Event Grid topic (EventGrid--AppTopic--* secrets); this fallback only logs.
    public class LoggingEventGridPublisher : IEventGridPublisher
    {
        private readonly ILogger<LoggingEventGridPublisher> logger;

        public LoggingEventGridPublisher(ILogger<LoggingEventGridPublisher> logger) => this.logger = logger;

        public Task PublishAsync(string subject, string eventType, string? data)
        {
            logger.LogInformation("{Subject}/{EventType}: {Data}", subject, eventType, data);
            return Task.CompletedTask;
        }
    }
}
