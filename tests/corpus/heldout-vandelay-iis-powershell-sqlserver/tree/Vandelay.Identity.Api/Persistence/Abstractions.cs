using System.Collections.Generic;
using Vandelay.Identity.Api.Configuration;
using IdentityServer4.Models;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Vandelay.Identity.Api.Persistence
{
    public interface IIdentityServerConfigurator
    {
        void Configure();
    }

    public interface IDbBootstrapper
    {
        bool Setup();
        void AddResources(IEnumerable<IdentityResource> resources);
    }

    public interface IClientManagementStore
    {
        IEnumerable<Client> GetAllClients();
        int GetClientCount();
    }

    public abstract class BaseIdentityServerConfigurator : IIdentityServerConfigurator
    {
        protected readonly IIdentityServerBuilder IdentityServerBuilder;
        protected readonly IServiceCollection ServiceCollection;
        protected readonly HostingOptions HostingOptions;
        protected readonly ILogger Logger;

        protected BaseIdentityServerConfigurator(IIdentityServerBuilder builder, IServiceCollection services,
            HostingOptions hostingOptions, ILogger logger)
        {
            IdentityServerBuilder = builder;
            ServiceCollection = services;
            HostingOptions = hostingOptions;
            Logger = logger;
        }

        public void Configure()
        {
            ConfigureInternalStores();
            ConfigureIdentityServer();
        }

        protected abstract void ConfigureInternalStores();
        protected abstract void ConfigureIdentityServer();
    }
}
