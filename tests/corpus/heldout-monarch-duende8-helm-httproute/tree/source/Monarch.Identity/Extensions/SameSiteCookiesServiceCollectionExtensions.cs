using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Monarch.Identity.Extensions;

public static class SameSiteCookiesServiceCollectionExtensions
{
    /// <summary>Downgrades SameSite=None to Unspecified for browsers that mishandle it.</summary>
    public static IServiceCollection AddLaxSameSiteCookies(this IServiceCollection services)
    {
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.MinimumSameSitePolicy = SameSiteMode.Unspecified;
            options.OnAppendCookie = context => Adjust(context.Context, context.CookieOptions);
            options.OnDeleteCookie = context => Adjust(context.Context, context.CookieOptions);
        });
        return services;
    }

    private static void Adjust(HttpContext httpContext, CookieOptions options)
    {
        if (options.SameSite == SameSiteMode.None)
        {
            var userAgent = httpContext.Request.Headers.UserAgent.ToString();
            if (userAgent.Contains("CPU iPhone OS 12") || userAgent.Contains("Macintosh; Intel Mac OS X 10_14"))
            {
                options.SameSite = SameSiteMode.Unspecified;
            }
        }
    }
}
