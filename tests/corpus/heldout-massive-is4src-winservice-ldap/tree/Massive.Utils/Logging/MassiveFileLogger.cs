using System;
using System.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Massive.Utils.Logging
{
    public class MassiveFileLoggerOptions
    {
        /// <summary>Lowest level written; Trace unless configured.</summary>
        public LogLevel LogLevel { get; set; } = LogLevel.Trace;

        public string LogsDirectory { get; set; } = "Logs";
    }

    [ProviderAlias("MassiveFile")]
    public sealed class MassiveFileLoggerProvider : ILoggerProvider
    {
        private readonly IOptionsMonitor<MassiveFileLoggerOptions> _options;

        public MassiveFileLoggerProvider(IOptionsMonitor<MassiveFileLoggerOptions> options) => _options = options;

        public ILogger CreateLogger(string categoryName) => new MassiveFileLogger(categoryName, _options);

        public void Dispose()
        {
        }
    }

    internal sealed class MassiveFileLogger : ILogger
    {
        private static readonly object Sync = new();
        private readonly string _category;
        private readonly IOptionsMonitor<MassiveFileLoggerOptions> _options;

        public MassiveFileLogger(string category, IOptionsMonitor<MassiveFileLoggerOptions> options)
        {
            _category = category;
            _options = options;
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) =>
            _options.CurrentValue.LogLevel != LogLevel.None && logLevel >= _options.CurrentValue.LogLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            string dir = Path.Combine(AppContext.BaseDirectory, _options.CurrentValue.LogsDirectory);
            string line = $"{logLevel,-11} {DateTime.Now:O} {_category}: {formatter(state, exception)} {exception}";
            lock (Sync)
            {
                Directory.CreateDirectory(dir);
                File.AppendAllText(Path.Combine(dir, $"{DateTime.Now:yyyy-MM-dd}.log"), line + Environment.NewLine);
            }
        }
    }

    public interface ISecurityAuditLogger
    {
        void Write(string user, string sourceAddress, string message);
    }
}
