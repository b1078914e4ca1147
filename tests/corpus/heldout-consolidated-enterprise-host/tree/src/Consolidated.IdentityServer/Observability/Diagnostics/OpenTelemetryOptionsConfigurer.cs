using Consolidated.Platform.Hosting.AspNetCore.Startup.Options;
using Consolidated.Platform.Hosting.AspNetCore.Startup.Options.Abstract;

namespace Consolidated.IdentityServer.Observability.Diagnostics;

// Only takes effect when OpenTelemetry:EnableOpenTelemetry is true.
internal sealed class OpenTelemetryOptionsConfigurer : IConfigureAppOptions
{
    public static void Configure(AppOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        options.ConfigureOpenTelemetry(o =>
        {
            o.ActivitySourceNames.Add("Consolidated.IdentityServer");
            o.MeterNames.Add("Consolidated.IdentityServer");
        });
    }
}
