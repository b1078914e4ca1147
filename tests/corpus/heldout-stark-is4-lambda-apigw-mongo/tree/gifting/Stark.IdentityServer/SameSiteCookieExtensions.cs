using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.DependencyInjection
{
    // Drops SameSite=None for user agents that treat it as Strict (iOS 12, Safari on macOS 10.14).
    public static class SameSiteCookieExtensions
    {
        private const SameSiteMode Unspecified = (SameSiteMode)(-1);

        public static IServiceCollection AddLegacySafeSameSiteCookies(this IServiceCollection services)
        {
            services.Configure<CookiePolicyOptions>(options =>
            {
                options.MinimumSameSitePolicy = Unspecified;
                options.OnAppendCookie = c => Adjust(c.Context, c.CookieOptions);
                options.OnDeleteCookie = c => Adjust(c.Context, c.CookieOptions);
            });
            return services;
        }

        private static void Adjust(HttpContext context, CookieOptions options)
        {
            if (options.SameSite != SameSiteMode.None) return;
            var agent = context.Request.Headers["User-Agent"].ToString();
            var legacy = agent.Contains("CPU iPhone OS 12") || agent.Contains("iPad; CPU OS 12") ||
                         (agent.Contains("Macintosh; Intel Mac OS X 10_14") && agent.Contains("Version/") && agent.Contains("Safari"));
            if (legacy) options.SameSite = Unspecified;
        }
    }
}
