using System.Threading.Tasks;
using IdentityServer4.Extensions;
using Microsoft.AspNetCore.Http;

namespace VanArsdel.IdentityServer.Pipelines
{
    // Pins the origin IdentityServer uses for its URLs. Not registered in the pipeline.
    public sealed class PublicFacingUrlMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly string _publicOrigin;

        public PublicFacingUrlMiddleware(RequestDelegate next, string publicOrigin)
        {
            _next = next;
            _publicOrigin = publicOrigin;
        }

        public async Task Invoke(HttpContext context)
        {
            context.SetIdentityServerOrigin(_publicOrigin);
            context.SetIdentityServerBasePath(context.Request.PathBase.Value.TrimEnd('/'));

            await _next(context);
        }
    }
}
