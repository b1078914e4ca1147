using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Northwind.ApiCore;

/// <summary>
/// Settings shared by every Northwind service that sits behind the ingress.
/// </summary>
public static class ProxyExtensions
{
    /// <summary>
    /// Lets the app see the scheme, host and caller address the ingress received.
    /// </summary>
    public static IServiceCollection AddForwardingConfiguration(this IServiceCollection services)
    {
        return services.Configure<ForwardedHeadersOptions>(forwarding =>
        {
            forwarding.ForwardedHeaders = ForwardedHeaders.XForwardedFor
                | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost;

            // the ingress address changes with every compose/cluster restart, so accept any sender
            forwarding.KnownNetworks.Clear();
            forwarding.KnownProxies.Clear();
        });
    }
}
