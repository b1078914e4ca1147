using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Tasmanian.JobScheduler.Jobs;

namespace Tasmanian.JobScheduler
{
    public class Program
    {
        public static void Main(string[] args)
        {
            Host.CreateDefaultBuilder(args)
                .UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).WriteTo.Console())
                .ConfigureServices(services =>
                {
                    services.AddSingleton<IScheduledJob, HealthCheckJob>();
                    services.AddHostedService<CronRunner>();
                })
                .Build()
                .Run();
        }
    }
}
