using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Tyrell.Libraries.Shared.Abstractions;

public static class ProxyHeaders
{
    // Called first on every app: the apps sit behind the ingress controller locally
    // and behind the App Service front end in Azure
    public static WebApplication TrustProxyHeaders(this WebApplication app)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
        };

        // the proxy addresses change per environment, so trust whoever forwards
        options.KnownNetworks.Clear();
        options.KnownProxies.Clear();

        app.UseForwardedHeaders(options);

        return app;
    }
}
