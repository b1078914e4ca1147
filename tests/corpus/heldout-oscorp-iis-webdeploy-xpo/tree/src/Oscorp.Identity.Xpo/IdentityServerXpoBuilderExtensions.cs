using Duende.IdentityServer.Stores;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using Oscorp.Identity.Xpo.Services;
using Oscorp.Identity.Xpo.Storage.Configuration;
using Oscorp.Identity.Xpo.Storage.Options;
using Oscorp.Identity.Xpo.Storage.Stores;

namespace Oscorp.Identity.Xpo;

public static class IdentityServerXpoBuilderExtensions
{
    // XPO replacement for AddConfigurationStore + AddOperationalStore: clients, resources,
    // CORS origins, persisted grants and device codes. No ISigningKeyStore is registered.
    public static IIdentityServerBuilder AddOscorpXpoStore(
        this IIdentityServerBuilder builder,
        Action<OperationalStoreOptions> storeOptions = null)
    {
        builder.Services.AddXpoIdentityStorage(storeOptions);

        builder.AddClientStore<ClientStore>();
        builder.AddResourceStore<ResourceStore>();
        builder.AddCorsPolicyService<CorsPolicyService>();
        builder.Services.AddTransient<IPersistedGrantStore, PersistedGrantStore>();
        builder.Services.AddTransient<IDeviceFlowStore, DeviceFlowStore>();
        builder.Services.AddSingleton<IHostedService, TokenCleanupHost>();

        return builder;
    }
}
