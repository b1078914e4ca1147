using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Vandelay.Identity.Api.Infrastructure
{
    // honours x-forwarded-prefix from whoever sends it, so the app can sit under a path on a proxy
    public class CheckXForwardHeader
    {
        private readonly RequestDelegate _next;

        public CheckXForwardHeader(RequestDelegate next)
        {
            _next = next;
        }

        public async Task Invoke(HttpContext context)
        {
            var prefix = context.Request.Headers["x-forwarded-prefix"];
            if (!StringValues.IsNullOrEmpty(prefix))
            {
                context.Request.PathBase = PathString.FromUriComponent(prefix.ToString());
                context.Items["prefix"] = prefix;
            }

            await _next(context);
        }
    }

    public static class CheckXForwardHeaderExtensions
    {
        public static IApplicationBuilder UseCheckXForwardHeader(this IApplicationBuilder app)
        {
            return app.UseMiddleware<CheckXForwardHeader>();
        }
    }
}
