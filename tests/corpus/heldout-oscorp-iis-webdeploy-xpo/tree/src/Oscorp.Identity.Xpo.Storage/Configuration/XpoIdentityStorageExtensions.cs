using Microsoft.Extensions.DependencyInjection;

using Oscorp.Identity.Xpo.Storage.Options;
using Oscorp.Identity.Xpo.Storage.TokenCleanup;

namespace Oscorp.Identity.Xpo.Storage.Configuration;

public static class XpoIdentityStorageExtensions
{
    public static IServiceCollection AddXpoIdentityStorage(
        this IServiceCollection services,
        Action<OperationalStoreOptions> configure = null)
    {
        var options = new OperationalStoreOptions();
        configure?.Invoke(options);

        services.AddSingleton(options);
        services.AddTransient<TokenCleanupService>();
        return services;
    }
}
