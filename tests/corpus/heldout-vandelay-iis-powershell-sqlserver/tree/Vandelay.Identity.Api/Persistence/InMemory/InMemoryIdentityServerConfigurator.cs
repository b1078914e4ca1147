using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.Extensions;
using Vandelay.Identity.Api.Services;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Vandelay.Identity.Api.Persistence.InMemory
{
    // default of appsettings.json and of the docker-compose development setup
    public class InMemoryIdentityServerConfigurator : BaseIdentityServerConfigurator
    {
        public InMemoryIdentityServerConfigurator(IIdentityServerBuilder builder, IServiceCollection services,
            HostingOptions hostingOptions, ILogger logger)
            : base(builder, services, hostingOptions, logger)
        {
        }

        protected override void ConfigureInternalStores()
        {
            ServiceCollection.AddSingleton<InMemoryDocumentService>();
            ServiceCollection.AddTransient<IClientManagementStore, InMemoryClientManagementStore>();
            ServiceCollection.AddTransient<IDbBootstrapper, InMemoryDbBootstrapper>();
            ServiceCollection.AddTransient<IdentityServer4.Stores.IPersistedGrantStore, InMemoryPersistedGrantStore>();
        }

        protected override void ConfigureIdentityServer()
        {
            IdentityServerBuilder
                .AddDeveloperSigningCredential()
                .AddTestUsersIfConfigured(HostingOptions)
                .AddCorsPolicyService<CorsPolicyService>()
                .AddResourceStore<InMemoryResourceStore>()
                .AddClientStore<InMemoryClientManagementStore>();
        }
    }
}
