using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Northwind.Identity.Middleware;

/// <summary>
/// Rewrites client-side routes of the sign-in SPA to index.html; protocol and API paths pass through.
/// </summary>
public sealed class SpaFallbackMiddleware
{
    private static readonly string[] PassThroughPrefixes = { "/api", "/connect", "/.well-known", "/grpc" };

    private readonly RequestDelegate next;

    public SpaFallbackMiddleware(RequestDelegate next)
    {
        this.next = next;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";

        var isProtocolOrApi = PassThroughPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        var isAsset = Path.HasExtension(path);

        if (!isProtocolOrApi && !isAsset)
        {
            context.Request.Path = "/index.html";
        }

        return next(context);
    }
}
