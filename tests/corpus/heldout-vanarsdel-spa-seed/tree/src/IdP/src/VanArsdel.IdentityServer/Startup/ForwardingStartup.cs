using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace VanArsdel.Identity.Startup
{
    public static class ForwardingStartup
    {
        // Honour X-Forwarded-For/Proto from whatever sits in front of the container.
        public static void UseHttpsForwardingOptions(this IApplicationBuilder app)
        {
            var options = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
                RequireHeaderSymmetry = false
            };

            options.KnownNetworks.Clear();
            options.KnownProxies.Clear();

            app.UseForwardedHeaders(options);
        }
    }
}
