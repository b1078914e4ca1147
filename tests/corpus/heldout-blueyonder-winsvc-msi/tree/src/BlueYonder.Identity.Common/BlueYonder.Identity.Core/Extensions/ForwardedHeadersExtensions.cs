using System.Net;
using BlueYonder.Identity.Core.Configs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace BlueYonder.Identity.Core.Extensions;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Takes the client address and scheme from X-Forwarded-* only when the request comes from
    /// the tier's load balancer network (System:LoadBalancer, written by the installer).
    /// </summary>
    public static IApplicationBuilder UseLoadBalancerForwardedHeaders(this IApplicationBuilder app, LoadBalancerSettings loadBalancer)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            KnownNetworks = { new Microsoft.AspNetCore.HttpOverrides.IPNetwork(IPAddress.Parse(loadBalancer.IpRange), loadBalancer.Mask) },
        };

        return app.UseForwardedHeaders(options);
    }
}
