using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Weyland.Relay.Identity
{
    /// <summary>Polls the grant store and removes expired grants.</summary>
    public class TokenCleanup
    {
        private readonly ILogger<TokenCleanup> _logger;
        private readonly IPersistedGrantStoreWithExpiration _store;
        private readonly TimeSpan _every;
        private CancellationTokenSource? _cts;

        public TokenCleanup(ILogger<TokenCleanup> logger, IPersistedGrantStoreWithExpiration store, int intervalSeconds = 60)
        {
            _logger = logger;
            _store = store;
            _every = TimeSpan.FromSeconds(intervalSeconds);
        }

        public void Start(CancellationToken stopping)
        {
            _cts = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            _ = Task.Run(() => LoopAsync(_cts.Token));
        }

        public void Stop() => _cts?.Cancel();

        private async Task LoopAsync(CancellationToken token)
        {
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(_every, token);
                    _logger.LogInformation("Removing expired grants");
                    await _store.RemoveAllExpiredAsync();
                }
                catch (TaskCanceledException)
                {
                    break;
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Grant cleanup failed");
                }
            }
        }
    }
}
