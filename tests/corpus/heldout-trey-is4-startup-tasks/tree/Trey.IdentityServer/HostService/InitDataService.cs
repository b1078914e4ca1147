using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Trey.IdentityServer.HostService
{
    // Placeholder background worker: wakes once a day and does nothing yet.
    public class InitDataService : BackgroundService
    {
        private readonly ILogger<InitDataService> _logger;

        public InitDataService(ILogger<InitDataService> logger)
        {
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogDebug("InitDataService tick");
                await Task.Delay(TimeSpan.FromDays(1), stoppingToken);
            }
        }
    }
}
