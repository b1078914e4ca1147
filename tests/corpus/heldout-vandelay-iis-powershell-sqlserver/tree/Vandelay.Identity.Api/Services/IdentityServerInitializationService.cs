using System;
using System.Threading.Tasks;
using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.Persistence;
using Vandelay.Identity.Api.Persistence.InMemory;
using Vandelay.Identity.Api.Persistence.SqlServer;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Vandelay.Identity.Api.Services
{
    public class IdentityServerInitializationService
    {
        private readonly IIdentityServerBuilder _builder;
        private readonly IServiceCollection _services;
        private readonly IAppConfiguration _appConfiguration;
        private readonly HostingOptions _hostingOptions;
        private readonly IConnectionStrings _connectionStrings;
        private readonly ICertificateService _certificateService;
        private readonly ILogger _logger;

        public IdentityServerInitializationService(IIdentityServerBuilder builder, IServiceCollection services,
            IAppConfiguration appConfiguration, HostingOptions hostingOptions, IConnectionStrings connectionStrings,
            ICertificateService certificateService, ILogger logger)
        {
            _builder = builder;
            _services = services;
            _appConfiguration = appConfiguration;
            _hostingOptions = hostingOptions;
            _connectionStrings = connectionStrings;
            _certificateService = certificateService;
            _logger = logger;
        }

        public void Initialize()
        {
            IIdentityServerConfigurator configurator;
            var provider = _hostingOptions.StorageProvider;

            if (string.Equals(VandelayIdentityConstants.StorageProviders.SqlServer, provider, StringComparison.OrdinalIgnoreCase))
            {
                configurator = new SqlServerIdentityServerConfigurator(_builder, _services, _certificateService,
                    _appConfiguration.SigningCertificateSettings, _hostingOptions, _connectionStrings, _logger);
            }
            else if (string.Equals(VandelayIdentityConstants.StorageProviders.InMemory, provider, StringComparison.OrdinalIgnoreCase))
            {
                configurator = new InMemoryIdentityServerConfigurator(_builder, _services, _hostingOptions, _logger);
            }
            else
            {
                // the CouchDb provider of older releases is not part of this trimmed copy
                throw new ArgumentException($"{provider} is an invalid storage provider type.");
            }

            configurator.Configure();
        }
    }

    public class UserProfileService : IProfileService
    {
        public Task GetProfileDataAsync(IdentityServer4.Models.ProfileDataRequestContext context)
        {
            context.IssuedClaims.AddRange(context.Subject.Claims);
            return Task.CompletedTask;
        }

        public Task IsActiveAsync(IsActiveContext context)
        {
            context.IsActive = true;
            return Task.CompletedTask;
        }
    }
}
