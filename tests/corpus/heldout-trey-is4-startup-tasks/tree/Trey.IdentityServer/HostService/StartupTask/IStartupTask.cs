using System.Threading;
using System.Threading.Tasks;

namespace Trey.IdentityServer.HostService.StartupTask
{
    public interface IStartupTask
    {
        Task ExecuteAsync(CancellationToken cancellationToken = default);
    }
}
