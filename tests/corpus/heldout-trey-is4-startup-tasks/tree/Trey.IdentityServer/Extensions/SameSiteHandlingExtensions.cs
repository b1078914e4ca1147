using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Trey.IdentityServer.Extensions
{
    public static class SameSiteHandlingExtensions
    {
        public static IServiceCollection AddSameSiteCookiePolicy(this IServiceCollection services)
        {
            services.Configure<CookiePolicyOptions>(options =>
            {
                options.MinimumSameSitePolicy = SameSiteMode.Unspecified;
                options.OnAppendCookie = c => Adjust(c.Context, c.CookieOptions);
                options.OnDeleteCookie = c => Adjust(c.Context, c.CookieOptions);
            });
            return services;
        }

        private static void Adjust(HttpContext context, CookieOptions options)
        {
            if (options.SameSite != SameSiteMode.None)
            {
                return;
            }

            var agent = context.Request.Headers["User-Agent"].ToString();
            if (agent.Contains("CPU iPhone OS 12") || agent.Contains("iPad; CPU OS 12") || agent.Contains("Chrome"))
            {
                options.SameSite = SameSiteMode.Unspecified;
            }
        }
    }
}
