using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;

namespace CityPower.Infrastructure
{
    public static class LoggingExtensions
    {
        /// <summary>
        /// Creates the Serilog logger for a service; the caller adds its level overrides.
        /// </summary>
        public static IHostBuilder ConfigureSerilog(this IHostBuilder host, string serviceName, Action<LoggerConfiguration> levels)
        {
            var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "";

            var settings = new ConfigurationBuilder()
                .AddJsonFile("appsettings.json")
                .Build();
            var seqUrl = settings["SeqServerUrl"] ?? "";

            var logger = new LoggerConfiguration()
                .MinimumLevel.Debug()
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Service", serviceName)
                .Enrich.WithProperty("Environment", environment);

            levels?.Invoke(logger);

            if (environment == "Offline")
            {
                Log.Logger = logger.WriteTo.Console().CreateLogger();
            }
            else if (environment == "Production")
            {
                // console gets fatal errors only, everything from Debug up goes to Seq
                Log.Logger = logger
                    .WriteTo.Console(restrictedToMinimumLevel: LogEventLevel.Fatal)
                    .WriteTo.Seq(serverUrl: seqUrl, restrictedToMinimumLevel: LogEventLevel.Debug, bufferBaseFilename: "seq-buffer.txt")
                    .CreateLogger();
            }
            else
            {
                Log.Logger = logger
                    .WriteTo.Console(restrictedToMinimumLevel: LogEventLevel.Debug)
                    .WriteTo.Seq(serverUrl: seqUrl, restrictedToMinimumLevel: LogEventLevel.Debug)
                    .CreateLogger();
            }

            return host;
        }
    }
}
