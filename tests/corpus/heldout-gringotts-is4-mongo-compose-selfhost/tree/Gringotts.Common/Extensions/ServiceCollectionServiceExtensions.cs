using Microsoft.Extensions.DependencyInjection;

namespace Gringotts.Common.Extensions
{
    public static class ServiceCollectionServiceExtensions
    {
        // One CORS policy for every service, driven by VAULT_CORS_ORIGINS.
        public static IServiceCollection AddDefaultCors(this IServiceCollection services)
        {
            services.AddCors(options =>
            {
                options.AddPolicy("gringotts", policy =>
                {
                    if (Constants.VAULT_CORS_ORIGINS.Length <= 0)
                        policy.AllowAnyOrigin();
                    else
                        policy.WithOrigins(Constants.VAULT_CORS_ORIGINS);

                    policy.AllowAnyMethod()
                          .AllowAnyHeader()
                          .WithExposedHeaders("X-Object-Size", "Content-Length");
                });
            });
            return services;
        }
    }
}
