using IdentityService.Services;
using IdentityService.Settings;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace IdentityService.Extensions;

public static class TenantClaimsExtensions
{
    public static IServiceCollection AddTenantClaimsProvider(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<TenantServiceOptions>(config.GetSection("TenantService"));
        services.PostConfigure<TenantServiceOptions>(options =>
        {
            var mode = config["TenantService:Mode"] ?? "Http";
            options.Mode = string.Equals(mode, "Http", StringComparison.OrdinalIgnoreCase)
                ? TenantServiceMode.Http
                : TenantServiceMode.Embedded;
        });

        services.AddScoped<EmbeddedTenantDirectory>();
        services.AddScoped<HttpTenantDirectory>();
        services.AddScoped<ITenantDirectory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TenantServiceOptions>>().Value;
            ITenantDirectory inner = options.Mode == TenantServiceMode.Http
                ? sp.GetRequiredService<HttpTenantDirectory>()
                : sp.GetRequiredService<EmbeddedTenantDirectory>();

            return new CachedTenantDirectory(
                inner,
                sp.GetRequiredService<IMemoryCache>(),
                sp.GetRequiredService<ILogger<CachedTenantDirectory>>());
        });

        services.AddScoped<ITenantClaimsProvider, DbTenantClaimsProvider>();
        services.AddHttpClient("TenantService");

        return services;
    }
}
