using System.Threading.Tasks;

namespace Tasmanian.Common.Queue
{
    public interface IQueueService
    {
        Task PublishEmailRequest<T>(T request) where T : class;
    }
}
