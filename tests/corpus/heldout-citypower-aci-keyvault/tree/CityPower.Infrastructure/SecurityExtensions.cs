using Microsoft.AspNetCore.Builder;

namespace CityPower.Infrastructure
{
    public static class SecurityExtensions
    {
        /// <summary>
        /// Adds the browser hardening headers to every response.
        /// </summary>
        public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
        {
            app.Use(async (context, next) =>
            {
                var headers = context.Response.Headers;
                headers.TryAdd("X-Content-Type-Options", "nosniff");
                headers.TryAdd("X-Frame-Options", "SAMEORIGIN");
                headers.TryAdd("Referrer-Policy", "no-referrer");
                headers.TryAdd("Content-Security-Policy",
                    "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; style-src 'self'; base-uri 'self'; frame-ancestors 'none'");
                await next();
            });

            return app;
        }
    }
}
