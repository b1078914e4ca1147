using Vault.SharedWeb.Utilities;

namespace Vault.Identity.Utilities;

public static class IdentityServerExtensions
{
    public static IIdentityServerBuilder AddVaultIdentityServer(this IServiceCollection services, IWebHostEnvironment env, VaultSettings settings)
    {
        var issuer = new Uri(settings.BaseServiceUri.InternalIdentity);
        var builder = services.AddIdentityServer(options =>
        {
            options.LicenseKey = settings.IdentityServer.LicenseKey;
            options.IssuerUri = $"{issuer.Scheme}://{issuer.Host}";
            options.Endpoints.EnableIntrospectionEndpoint = false;
            options.Endpoints.EnableEndSessionEndpoint = false;
            options.KeyManagement.Enabled = false;
        })
            .AddInMemoryCaching()
            .AddInMemoryApiResources(ApiResources.GetApiResources())
            .AddClientStoreCache<ClientStore>()
            .AddPersistedGrantStore<PersistedGrantStore>();

        builder.AddVaultSigningCertificate(env, settings);
        return builder;
    }
}
