using Fabrikam.Shared.Health;
using Fabrikam.Shared.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Fabrikam.Defaults;

// Cross-cutting wiring every Fabrikam service opts into.
public static class PlatformDefaults
{
    public static WebApplicationBuilder AddPlatformDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddPlatformHealth();
        builder.AddPlatformTelemetry();
        builder.Services.AddServiceDiscovery();

        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(r => r.Retry.MaxRetryAttempts = 4);
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static WebApplication UsePlatformDefaults(this WebApplication app)
    {
        app.MapPlatformHealth();
        app.UsePlatformTelemetry();
        return app;
    }
}
