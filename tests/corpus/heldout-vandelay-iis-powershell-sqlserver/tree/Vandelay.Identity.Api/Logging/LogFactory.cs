using System;
using System.Threading.Tasks;
using Vandelay.Identity.Api.Configuration;
using IdentityServer4.Events;
using IdentityServer4.Services;
using Microsoft.ApplicationInsights.Extensibility;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.MSSqlServer;

namespace Vandelay.Identity.Api.Logging
{
    public static class LogFactory
    {
        // nothing in appsettings or web.config changes this level; it starts at Information
        public static LoggingLevelSwitch LoggingLevelSwitch { get; } = new LoggingLevelSwitch();

        public static LoggerConfiguration ConfigureTraceLogger(LoggerConfiguration config, ApplicationInsightsSettings appInsights)
        {
            Configure(config, LoggingLevelSwitch);
            if (appInsights != null && appInsights.Enabled && !string.IsNullOrEmpty(appInsights.InstrumentationKey))
            {
                config.WriteTo.ApplicationInsights(TelemetryConfiguration.Active, TelemetryConverter.Traces);
            }
            return config;
        }

        public static ILogger CreateEventLogger(HostingOptions hostingOptions, IConnectionStrings connectionStrings)
        {
            if (hostingOptions.StorageProvider.Equals(VandelayIdentityConstants.StorageProviders.SqlServer, StringComparison.OrdinalIgnoreCase))
            {
                var columns = new ColumnOptions();
                columns.Store.Add(StandardColumn.LogEvent);
                return new LoggerConfiguration().Enrich.FromLogContext()
                    .WriteTo.MSSqlServer(connectionStrings.IdentityDatabase, "EventLogs", columnOptions: columns)
                    .CreateLogger();
            }

            return Configure(new LoggerConfiguration(), LoggingLevelSwitch).CreateLogger();
        }

        private static LoggerConfiguration Configure(LoggerConfiguration config, LoggingLevelSwitch levelSwitch)
        {
            return config
                .MinimumLevel.ControlledBy(levelSwitch)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.Console();
        }
    }
}

namespace Vandelay.Identity.Api.EventSinks
{
    // replaces IdentityServer's DefaultEventSink: every raised event is written through this logger
    public class SerilogEventSink : IEventSink
    {
        private readonly ILogger _logger;

        public SerilogEventSink(ILogger logger)
        {
            _logger = logger;
        }

        public Task PersistAsync(Event evt)
        {
            if (evt.EventType == EventTypes.Success || evt.EventType == EventTypes.Information)
            {
                _logger.Information("{Name} ({Id}) {@Event}", evt.Name, evt.Id, evt);
            }
            else
            {
                _logger.Error("{Name} ({Id}) {@Event}", evt.Name, evt.Id, evt);
            }

            return Task.CompletedTask;
        }
    }
}
