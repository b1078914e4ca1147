using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Southridge.Identity.Internals.DependencyInjectionExtensions
{
    public static class RegisterForwardedHeaders
    {
        // nginx on the same machine forwards the client address and scheme
        public static IServiceCollection AddSouthridgeForwardedHeaders(this IServiceCollection services, IWebHostEnvironment environment)
        {
            if (environment.IsProduction())
            {
                services.Configure<ForwardedHeadersOptions>(options =>
                {
                    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                });
            }

            return services;
        }
    }
}
