using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.Infrastructure;
using Vandelay.Identity.Api.Services;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Vandelay.Identity.Api.Extensions
{
    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddVandelayIdentityServer(
            this IServiceCollection services,
            IAppConfiguration appConfiguration,
            ICertificateService certificateService,
            ILogger logger,
            HostingOptions hostingOptions,
            IConnectionStrings connectionStrings)
        {
            services.AddTransient<IProfileService, UserProfileService>();
            services.AddTransient<ICorsPolicyProvider, VandelayCorsPolicyProvider>();

            var builder = services.AddIdentityServer(options =>
            {
                options.Events.RaiseSuccessEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.IssuerUri = appConfiguration.IssuerUri;
            });

            // picks the store implementation from HostingOptions:StorageProvider
            new IdentityServerInitializationService(
                builder, services, appConfiguration, hostingOptions,
                connectionStrings, certificateService, logger).Initialize();

            return services;
        }
    }
}
