using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

public static class Extensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter("Duende.IdentityServer"))
            .WithTracing(tracing => tracing.AddSource("Duende.IdentityServer").AddAspNetCoreInstrumentation());
        builder.Services.AddHealthChecks();
        return builder;
    }
}
