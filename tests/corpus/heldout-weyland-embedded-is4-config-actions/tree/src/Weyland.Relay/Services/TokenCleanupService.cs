using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Weyland.Relay.Identity;

namespace Weyland.Relay.Services
{
    public class TokenCleanupService : IHostedService
    {
        private readonly TokenCleanup _cleanup;

        public TokenCleanupService(TokenCleanup cleanup) => _cleanup = cleanup;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _cleanup.Start(cancellationToken);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _cleanup.Stop();
            return Task.CompletedTask;
        }
    }
}
