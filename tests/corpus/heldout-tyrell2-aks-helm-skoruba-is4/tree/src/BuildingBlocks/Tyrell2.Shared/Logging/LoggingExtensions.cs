using Microsoft.Extensions.Hosting;
using Serilog;

namespace Tyrell2.Shared.Logging
{
    public static class LoggingExtensions
    {
        // Every service logs through Serilog, configured entirely from the "Serilog" section.
        public static IHostBuilder ConfigureLogging(this IHostBuilder hostBuilder)
        {
            hostBuilder.UseSerilog((context, services, loggerConfiguration) =>
            {
                loggerConfiguration
                    .ReadFrom.Configuration(context.Configuration)
                    .ReadFrom.Services(services);
            });

            return hostBuilder;
        }
    }
}
