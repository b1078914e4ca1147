using Microsoft.AspNetCore.Http;
using System;
using System.Threading.Tasks;

namespace Proseware.Identity.Middleware;

// Sets the request scheme to https whenever X-Forwarded-Proto says so, whoever sent it.
public class XForwardedProtoMiddleware
{
    private readonly RequestDelegate _next;

    public XForwardedProtoMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public async Task Invoke(HttpContext context)
    {
        var proto = context.Request.Headers["X-Forwarded-Proto"].ToString();
        if (proto.StartsWith("https", StringComparison.OrdinalIgnoreCase))
        {
            context.Request.Scheme = "https";
        }

        await _next.Invoke(context);
    }
}
