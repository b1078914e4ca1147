using Aspire.Hosting.Lifecycle;

namespace Wingtip.AppHost;

public static class ProxyHeaderHookExtensions
{
    public static IDistributedApplicationBuilder TrustProxyHeadersEverywhere(this IDistributedApplicationBuilder builder)
    {
        builder.Services.TryAddLifecycleHook<ProxyHeaderHook>();
        return builder;
    }

    private sealed class ProxyHeaderHook : IDistributedApplicationLifecycleHook
    {
        public Task BeforeStartAsync(DistributedApplicationModel model, CancellationToken cancellationToken = default)
        {
            foreach (var project in model.GetProjectResources())
            {
                project.Annotations.Add(new EnvironmentCallbackAnnotation(ctx =>
                    ctx.EnvironmentVariables["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true"));
            }

            return Task.CompletedTask;
        }
    }
}
