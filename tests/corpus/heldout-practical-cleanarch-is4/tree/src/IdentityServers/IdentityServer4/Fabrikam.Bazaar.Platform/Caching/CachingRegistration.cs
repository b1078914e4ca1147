using Fabrikam.Bazaar.Platform.Caching;

namespace Fabrikam.Bazaar.Platform.Caching
{
    public class CacheSettings
    {
        public DistributedCacheSettings Distributed { get; set; }
    }

    public class DistributedCacheSettings
    {
        public string Provider { get; set; }

        public RedisSettings Redis { get; set; }
    }

    public class RedisSettings
    {
        public string Configuration { get; set; }

        public string InstanceName { get; set; }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class CachingRegistration
    {
        // "InMemory" (the appsettings default) or "Redis".
        public static IServiceCollection AddBazaarCaching(this IServiceCollection services, CacheSettings settings)
        {
            services.AddMemoryCache();

            if (settings?.Distributed?.Provider == "Redis")
            {
                services.AddDistributedRedisCache(o =>
                {
                    o.Configuration = settings.Distributed.Redis.Configuration;
                    o.InstanceName = settings.Distributed.Redis.InstanceName;
                });
            }
            else
            {
                services.AddDistributedMemoryCache();
            }

            return services;
        }
    }
}
