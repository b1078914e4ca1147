using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Massive.IdentityServer
{
    public class MainBackgroundService : BackgroundService
    {
        private readonly ILogger<MainBackgroundService> _logger;

        public MainBackgroundService(ILogger<MainBackgroundService> logger)
        {
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            _logger.LogDebug("Background loop started.");
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(3000, stoppingToken);
            }
        }
    }
}
