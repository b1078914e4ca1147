using Humongous.Sso.Service.Cache;
using Microsoft.Extensions.DependencyInjection;

namespace Humongous.Sso.Auth.Utils.Extensions
{
    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddCacheServices(this IServiceCollection services)
        {
            services.AddSingleton<ICacheService, RedisService>();
            return services;
        }

        // Not called: the call in Startup is commented out.
        public static IServiceCollection AddCustomCors(this IServiceCollection services, string policyName, string[] origins)
        {
            services.AddCors(options =>
                options.AddPolicy(policyName, policy => policy
                    .WithOrigins(origins)
                    .AllowAnyHeader()
                    .AllowAnyMethod()
                    .AllowCredentials()));
            return services;
        }
    }
}
