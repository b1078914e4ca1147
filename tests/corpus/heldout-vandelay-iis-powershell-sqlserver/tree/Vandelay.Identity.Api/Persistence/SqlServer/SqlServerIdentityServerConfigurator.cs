using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.Extensions;
using Vandelay.Identity.Api.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace Vandelay.Identity.Api.Persistence.SqlServer
{
    // production storage: hand-written EF Core stores over the schema of Vandelay.Identity.SqlServer
    public class SqlServerIdentityServerConfigurator : BaseIdentityServerConfigurator
    {
        private readonly ICertificateService _certificateService;
        private readonly SigningCertificateSettings _signingCertificateSettings;
        private readonly IConnectionStrings _connectionStrings;

        public SqlServerIdentityServerConfigurator(IIdentityServerBuilder builder, IServiceCollection services,
            ICertificateService certificateService, SigningCertificateSettings signingCertificateSettings,
            HostingOptions hostingOptions, IConnectionStrings connectionStrings, ILogger logger)
            : base(builder, services, hostingOptions, logger)
        {
            _certificateService = certificateService;
            _signingCertificateSettings = signingCertificateSettings;
            _connectionStrings = connectionStrings;
        }

        protected override void ConfigureInternalStores()
        {
            ServiceCollection.TryAddSingleton(_connectionStrings);
            ServiceCollection.AddDbContext<IdentityDbContext>(options =>
                options.UseSqlServer(_connectionStrings.IdentityDatabase));
            ServiceCollection.AddTransient<IClientManagementStore, SqlServerClientStore>();
            ServiceCollection.AddTransient<IDbBootstrapper, SqlServerBootstrapper>();
            ServiceCollection.AddTransient<IdentityServer4.Stores.IPersistedGrantStore, SqlServerPersistedGrantStore>();
        }

        protected override void ConfigureIdentityServer()
        {
            IdentityServerBuilder
                .AddSigningCredentialAndValidationKeys(_signingCertificateSettings, _certificateService, Logger)
                .AddTestUsersIfConfigured(HostingOptions)
                .AddCorsPolicyService<CorsPolicyService>()
                .AddResourceStore<SqlServerResourceStore>()
                .AddClientStore<SqlServerClientStore>();
        }
    }
}
