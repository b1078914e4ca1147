using System.Threading.Tasks;
using IdentityServer4.Extensions;
using Microsoft.AspNetCore.Http;

namespace IdentityServer;

// Makes IdentityServer build its issuer and endpoint URLs from the configured public base URL
// (AppSetting IdentityUrlBase) plus the /identity path base, whatever scheme Kestrel saw.
[GoogleTracer.Profile]
public class PublicFacingUrlMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _publicFacingUri;

    public PublicFacingUrlMiddleware(RequestDelegate next, string publicFacingUri)
    {
        _publicFacingUri = publicFacingUri;
        _next = next;
    }

    public async Task Invoke(HttpContext context)
    {
        context.SetIdentityServerOrigin(_publicFacingUri);
        context.SetIdentityServerBasePath(context.Request.PathBase.Value.TrimEnd('/'));

        await _next(context);
    }
}
