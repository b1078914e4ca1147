using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Hosting;

namespace Gringotts.Common.Extensions
{
    public static class AppBuilderExtensions
    {
        public static IApplicationBuilder UseVersion(this IApplicationBuilder app, Server server)
        {
            app.Map("/version", branch =>
            {
                branch.Run(async context =>
                {
                    context.Response.ContentType = "application/json";
                    var body = new Dictionary<string, object>
                    {
                        { "id", server.Id ?? "unknown" },
                        { "instance", Constants.INSTANCE_NAME }
                    };
                    await context.Response.WriteAsync(JsonSerializer.Serialize(body));
                });
            });
            return app;
        }

        // Shared by every service: trusts the proxies listed in KNOWN_PROXIES outside Development.
        public static IApplicationBuilder UseForwardedHeadersWithKnownProxies(this IApplicationBuilder app, IWebHostEnvironment env, string? forwardedForHeaderName = null)
        {
            if (!env.IsDevelopment())
            {
                var options = new ForwardedHeadersOptions
                {
                    ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                };

                if (!string.IsNullOrEmpty(forwardedForHeaderName))
                {
                    options.ForwardedForHeaderName = forwardedForHeaderName;
                }

                foreach (var proxy in Constants.KNOWN_PROXIES)
                {
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                app.UseForwardedHeaders(options);
            }

            return app;
        }
    }
}
