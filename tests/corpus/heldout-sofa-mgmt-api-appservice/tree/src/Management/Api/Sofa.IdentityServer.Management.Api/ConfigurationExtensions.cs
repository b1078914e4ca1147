using Sofa.IdentityServer.Management.Api;

namespace Microsoft.Extensions.DependencyInjection
{
    public static class ConfigurationExtensions
    {
        // Registers management stores that edit the lists handed to AddInMemoryClients / AddInMemoryApiScopes.
        public static IIdentityServerBuilder AddInMemoryManagementApi(this IIdentityServerBuilder builder)
        {
            builder.Services
                .AddTransient<IClientManagementStore, InMemoryClientManagementStore>()
                .AddTransient<IApiScopeManagementStore, InMemoryApiScopeManagementStore>();

            return builder;
        }
    }
}
