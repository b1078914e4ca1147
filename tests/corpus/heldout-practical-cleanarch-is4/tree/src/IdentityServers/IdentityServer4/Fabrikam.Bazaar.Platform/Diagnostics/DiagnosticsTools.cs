using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Fabrikam.Bazaar.Platform.Diagnostics;

public class DiagnosticsSettings
{
    public ProfilerSettings MiniProfiler { get; set; }
}

public class ProfilerSettings
{
    public bool IsEnabled { get; set; }
}

public static class DiagnosticsTools
{
    // The only instrumentation the token service has: MiniProfiler, when switched on.
    public static IServiceCollection AddDiagnosticsTools(this IServiceCollection services, DiagnosticsSettings settings)
    {
        if (settings?.MiniProfiler?.IsEnabled ?? false)
        {
            services.AddMiniProfiler(o => o.RouteBasePath = "/profiler");
        }

        return services;
    }

    public static IApplicationBuilder UseDiagnosticsTools(this IApplicationBuilder app, DiagnosticsSettings settings)
    {
        if (settings?.MiniProfiler?.IsEnabled ?? false)
        {
            app.UseMiniProfiler();
        }

        return app;
    }
}
