using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Api.Admin.Configuration
{
    public static class CorsSetup
    {
        private const string PolicyName = "open";

        public static IServiceCollection AddOpenCors(this IServiceCollection services) =>
            services.AddCors(c => c.AddPolicy(PolicyName, p => p.AllowAnyOrigin().AllowAnyMethod().AllowAnyHeader()));

        public static void UseOpenCors(this IApplicationBuilder app) => app.UseCors(PolicyName);
    }
}
