using System;
using System.Threading;
using System.Threading.Tasks;
using Duende.IdentityServer.EntityFramework.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Woodgrove.IdentityServer.EntityFramework.Storage.Services
{
    // Walks every tenant database and removes expired grants and device codes.
    public class TokenCleanupHost : IHostedService
    {
        private readonly IServiceProvider _serviceProvider;
        private readonly OperationalStoreOptions _options;
        private readonly ILogger<TokenCleanupHost> _logger;
        private CancellationTokenSource _source;

        public TokenCleanupHost(IServiceProvider serviceProvider, OperationalStoreOptions options, ILogger<TokenCleanupHost> logger)
        {
            _serviceProvider = serviceProvider;
            _options = options;
            _logger = logger;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (_options.EnableTokenCleanup)
            {
                _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                Task.Run(() => LoopAsync(_source.Token));
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _source?.Cancel();
            return Task.CompletedTask;
        }

        private async Task LoopAsync(CancellationToken token)
        {
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(_options.TokenCleanupInterval), token);
                    using var scope = _serviceProvider.CreateScope();
                    var cleanup = scope.ServiceProvider.GetRequiredService<TenantTokenCleanupService>();
                    await cleanup.RemoveExpiredGrantsAsync();
                    await cleanup.RemoveExpiredDeviceCodesAsync();
                }
                catch (TaskCanceledException)
                {
                    break;
                }
                catch (Exception ex)
                {
                    _logger.LogError("Grant cleanup failed: {message}", ex.Message);
                }
            }
        }
    }
}
