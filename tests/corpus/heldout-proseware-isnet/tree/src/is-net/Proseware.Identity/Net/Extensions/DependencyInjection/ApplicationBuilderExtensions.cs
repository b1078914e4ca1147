using Proseware.Identity.Middleware;
using Microsoft.AspNetCore.Builder;
using System;

namespace Proseware.Identity.Extensions.DependencyInjection;

static public class ApplicationBuilderExtensions
{
    static public IApplicationBuilder AddXForwardedProtoMiddleware(this IApplicationBuilder app)
    {
        app.UseMiddleware<XForwardedProtoMiddleware>();

        return app;
    }

    static public IApplicationBuilder UseAppBasePath(this IApplicationBuilder app)
    {
        var basePath = Environment.GetEnvironmentVariable("PROSEWARE_IDENTITY_BASE_PATH");
        if (!String.IsNullOrEmpty(basePath))
        {
            app.UsePathBase(basePath);
        }

        return app;
    }
}
