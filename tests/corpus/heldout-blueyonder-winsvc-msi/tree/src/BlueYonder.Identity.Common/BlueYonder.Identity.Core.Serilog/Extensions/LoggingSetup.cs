using BlueYonder.Identity.Core.Configs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Core;

namespace BlueYonder.Identity.Core.Serilog.Extensions;

public static class LoggingSetup
{
    /// <summary>Builds the Serilog logger from the "Serilog" section (levels and sinks) plus the System section.</summary>
    public static Logger CreateLogger(IConfiguration configuration)
    {
        var system = configuration.GetRequiredSection(SystemSettings.SectionName).Get<SystemSettings>()
            ?? throw new InvalidOperationException("The 'System' section is missing");

        return new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.WithProperty("System", system.SystemName)
            .Enrich.WithProperty("Component", system.ApplicationName)
            .Enrich.WithProperty("Tier", system.Tier)
            .CreateLogger();
    }

    public static WebApplicationBuilder UseBlueYonderSerilog(this WebApplicationBuilder builder)
    {
        builder.Host.UseSerilog();
        return builder;
    }

    /// <summary>One log line per request, with the caller's address and the client id the event sink recorded.</summary>
    public static WebApplication UseRequestAuditLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("SourceIp", http.Connection.RemoteIpAddress?.ToString());
                diagnostics.Set("Path", http.Request.Path.Value);
                if (http.Items.TryGetValue("ClientId", out var clientId))
                {
                    diagnostics.Set("ClientId", clientId);
                }
            };
        });
        return app;
    }
}
