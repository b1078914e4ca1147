using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Trey.IdentityServer.HostService.StartupTask;

namespace Trey.IdentityServer.Extensions
{
    public static class StartupTaskWebHostExtensions
    {
        public static async Task RunWithTasksAsync(this IHost host, CancellationToken cancellationToken = default)
        {
            foreach (var task in host.Services.GetServices<IStartupTask>())
            {
                await task.ExecuteAsync(cancellationToken);
            }

            await host.RunAsync(cancellationToken);
        }
    }
}
