using System.Threading.Tasks;
using EasyNetQ;

namespace Tasmanian.Common.Queue
{
    public class QueueService : IQueueService
    {
        private readonly IBus _bus;

        public QueueService(IBus bus)
        {
            _bus = bus;
        }

        public Task PublishEmailRequest<T>(T request) where T : class
        {
            return _bus.SendAsync("tasmanian-email-requests", request);
        }
    }
}
