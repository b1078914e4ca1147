using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace Fabrikam.Bazaar.Platform.Logging;

public class LogSettings
{
    public Dictionary<string, string> LogLevel { get; set; }

    public FileSinkSettings File { get; set; }
}

public class FileSinkSettings
{
    public LogEventLevel MinimumLogEventLevel { get; set; } = LogEventLevel.Warning;
}

public static class LoggingSetup
{
    // Routes Microsoft.Extensions.Logging through Serilog and writes a rolling file under ./logs.
    public static IWebHostBuilder UseBazaarLogging(this IWebHostBuilder builder, Func<IConfiguration, LogSettings> read)
    {
        builder.ConfigureLogging((context, logging) =>
        {
            var settings = read(context.Configuration) ?? new LogSettings();
            settings.LogLevel ??= new Dictionary<string, string> { ["Default"] = "Warning" };
            settings.File ??= new FileSinkSettings();

            logging.AddSerilog();

            var folder = Path.Combine(context.HostingEnvironment.ContentRootPath, "logs");
            Directory.CreateDirectory(folder);

            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Debug()
                .Enrich.FromLogContext()
                .WriteTo.File(
                    Path.Combine(folder, "sts.log"),
                    rollOnFileSizeLimit: true,
                    restrictedToMinimumLevel: settings.File.MinimumLogEventLevel)
                .CreateLogger();
        });

        return builder;
    }
}
