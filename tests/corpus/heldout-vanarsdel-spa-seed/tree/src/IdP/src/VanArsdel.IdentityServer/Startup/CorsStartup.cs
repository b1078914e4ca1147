using System.Collections.Generic;
using IdentityServer4.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using VanArsdel.Identity.Shared;

namespace VanArsdel.Identity.Startup
{
    public static class CorsStartup
    {
        private static ISet<string> allowedOrigins;

        public const string CorsPolicyName = "CorsPolicy";

        public static bool IsAllowedCorsOrigin(string origin)
        {
            return !allowedOrigins.IsNullOrEmpty() && allowedOrigins.Contains(origin);
        }

        public static string[] GetCorsOrigins(this IConfiguration configuration)
        {
            return configuration.GetSection("Cors").GetStringArray("Hosts");
        }

        public static void UseIdentityCors(this IApplicationBuilder app)
        {
            app.UseCors(CorsPolicyName);
        }
    }
}
