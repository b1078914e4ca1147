using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tasmanian.JobScheduler.Jobs
{
    public interface IScheduledJob
    {
        Task RunAsync(CancellationToken cancellationToken);
    }

    internal class HealthCheckJob : IScheduledJob
    {
        private readonly ILogger<HealthCheckJob> _logger;

        public HealthCheckJob(ILogger<HealthCheckJob> logger) => _logger = logger;

        public Task RunAsync(CancellationToken cancellationToken)
        {
            _logger.LogInformation("Heartbeat at {Now}", DateTimeOffset.Now);
            return Task.CompletedTask;
        }
    }

    internal class CronRunner : BackgroundService
    {
        private readonly IReadOnlyList<IScheduledJob> _jobs;

        public CronRunner(IEnumerable<IScheduledJob> jobs) => _jobs = jobs.ToList();

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var job in _jobs)
                {
                    await job.RunAsync(stoppingToken);
                }
                await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
            }
        }
    }
}
