using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fincher.Accounts.Infrastructure.Caching;

public class CacheSettings
{
    public bool UseDistributedCache { get; set; }

    public bool PreferRedis { get; set; }

    public string? RedisUrl { get; set; }
}

internal static class Startup
{
    internal static IServiceCollection AddCaching(this IServiceCollection services, IConfiguration config)
    {
        var settings = config.GetSection(nameof(CacheSettings)).Get<CacheSettings>() ?? new CacheSettings();

        if (!settings.UseDistributedCache)
        {
            return services.AddMemoryCache();
        }

        if (settings.PreferRedis)
        {
            return services.AddStackExchangeRedisCache(options => options.Configuration = settings.RedisUrl);
        }

        return services.AddDistributedMemoryCache();
    }
}
