using Microsoft.Extensions.DependencyInjection.Extensions;
using Woodgrove.Runtime.Services;

namespace Microsoft.Extensions.DependencyInjection
{
    public static class DependencyInjection
    {
        // Woodgrove's own payload-protection abstraction (an AES helper), not ASP.NET Core Data Protection.
        public static IServiceCollection AddDataProtection(this IServiceCollection services)
        {
            services.AddSingleton<IPayloadProtector, AesPayloadProtector>();
            return services;
        }

        public static IServiceCollection AddNullDataProtection(this IServiceCollection services)
        {
            services.AddSingleton<IPayloadProtector, PassThroughPayloadProtector>();
            return services;
        }

        public static IServiceCollection AddHostStorage(this IServiceCollection services)
        {
            services.TryAddSingleton<IHostStorage, ConcurrentHostStorage>();
            return services;
        }

        public static IServiceCollection AddScopedStorage(this IServiceCollection services)
        {
            services.TryAddScoped<IScopedStorage, ConcurrentScopedStorage>();
            return services;
        }
    }
}
