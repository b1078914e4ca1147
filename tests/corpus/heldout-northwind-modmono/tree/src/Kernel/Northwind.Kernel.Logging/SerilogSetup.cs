using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;

namespace Northwind.Kernel.Logging;

public sealed class LogSettings
{
    public string Level { get; set; } = "Information";
    public string? FilePath { get; set; }
}

public static class SerilogSetup
{
    public static IHostBuilder UseKernelSerilog(this IHostBuilder host)
    {
        return host.UseSerilog((context, config) =>
        {
            var settings = context.Configuration.GetSection("Log").Get<LogSettings>() ?? new LogSettings();

            var minimum = Enum.TryParse<LogEventLevel>(settings.Level, ignoreCase: true, out var parsed)
                ? parsed
                : LogEventLevel.Information;

            config.MinimumLevel.Is(minimum)
                .MinimumLevel.Override("Microsoft", LogEventLevel.Information)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.Console();

            if (!string.IsNullOrEmpty(settings.FilePath))
            {
                config.WriteTo.File(settings.FilePath, rollingInterval: RollingInterval.Day);
            }
        });
    }
}
