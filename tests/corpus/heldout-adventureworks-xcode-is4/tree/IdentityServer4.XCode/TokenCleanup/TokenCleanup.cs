using System;
using System.Threading;
using System.Threading.Tasks;
using IdentityServer4.XCode.Entities;
using IdentityServer4.XCode.Options;
using Microsoft.Extensions.Logging;

namespace IdentityServer4.XCode
{
    /// <summary>Deletes expired persisted grants in batches on a timer.</summary>
    public class TokenCleanup
    {
        private readonly ILogger<TokenCleanup> _logger;
        private readonly OperationalStoreOptions _options;
        private CancellationTokenSource _source;

        public TokenCleanup(ILogger<TokenCleanup> logger, OperationalStoreOptions options)
        {
            _logger = logger;
            _options = options ?? throw new ArgumentNullException(nameof(options));
            if (_options.TokenCleanupInterval < 1) throw new ArgumentException("Token cleanup interval must be at least 1 second");
            if (_options.TokenCleanupBatchSize < 1) throw new ArgumentException("Token cleanup batch size must be at least 1");
        }

        public void Start(CancellationToken cancellationToken)
        {
            if (_source != null) throw new InvalidOperationException("Already started.");
            _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task.Factory.StartNew(() => LoopAsync(_source.Token));
        }

        public void Stop()
        {
            _source?.Cancel();
            _source = null;
        }

        private async Task LoopAsync(CancellationToken token)
        {
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(_options.TokenCleanupInterval), token);
                }
                catch (TaskCanceledException)
                {
                    break;
                }

                var found = int.MaxValue;
                while (found >= _options.TokenCleanupBatchSize)
                {
                    var expired = PersistedGrants.FindAllByExpirationAndBatchSize(_options.TokenCleanupBatchSize);
                    found = expired.Count;
                    _logger.LogInformation("Removing {grantCount} grants", found);
                    if (found > 0)
                    {
                        expired.Delete();
                    }
                }
            }
        }
    }
}
