using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using Oscorp.Identity.Xpo.Storage.Options;
using Oscorp.Identity.Xpo.Storage.TokenCleanup;

namespace Oscorp.Identity.Xpo;

// Periodically removes expired grants, only when OperationalStoreOptions.EnableTokenCleanup is on.
public sealed class TokenCleanupHost : IHostedService
{
    private readonly IServiceProvider services;
    private readonly OperationalStoreOptions options;
    private readonly ILogger<TokenCleanupHost> logger;
    private CancellationTokenSource stopping;

    public TokenCleanupHost(IServiceProvider services, OperationalStoreOptions options, ILogger<TokenCleanupHost> logger)
    {
        this.services = services;
        this.options = options;
        this.logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.EnableTokenCleanup)
        {
            return Task.CompletedTask;
        }

        stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _ = Task.Run(() => LoopAsync(stopping.Token));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        stopping?.Cancel();
        return Task.CompletedTask;
    }

    private async Task LoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.TokenCleanupInterval), token);
                using var scope = services.CreateScope();
                await scope.ServiceProvider.GetRequiredService<TokenCleanupService>().RemoveExpiredGrantsAsync();
            }
            catch (TaskCanceledException)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Removing expired grants failed");
            }
        }
    }
}
