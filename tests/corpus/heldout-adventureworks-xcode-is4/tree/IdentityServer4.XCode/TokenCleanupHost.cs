using System.Threading;
using System.Threading.Tasks;
using IdentityServer4.XCode;
using IdentityServer4.XCode.Options;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Starts and stops the expired-grant sweep with the host, when it is enabled.</summary>
    internal class TokenCleanupHost : IHostedService
    {
        private readonly TokenCleanup _cleanup;
        private readonly OperationalStoreOptions _options;

        public TokenCleanupHost(TokenCleanup cleanup, OperationalStoreOptions options)
        {
            _cleanup = cleanup;
            _options = options;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (_options.EnableTokenCleanup)
            {
                _cleanup.Start(cancellationToken);
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            if (_options.EnableTokenCleanup)
            {
                _cleanup.Stop();
            }
            return Task.CompletedTask;
        }
    }
}
