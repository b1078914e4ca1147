// Copyright (c) Brock Allen & Dominick Baier. All rights reserved.
// Licensed under the Apache License, Version 2.0.

using System;
using IdentityServer4.Configuration.DependencyInjection;
using IdentityServer4.EntityFramework.Storage.Configuration;
using IdentityServer4.EntityFramework.Storage.Interfaces;
using IdentityServer4.EntityFramework.Storage.Options;
using IdentityServer4.EntityFramework.Storage.Stores;
using IdentityServer4.EntityFramework.Storage.TokenCleanup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IdentityServer4.EntityFramework
{
    /// <summary>
    /// Extension methods to add EF database support to IdentityServer.
    /// (duff: made generic over one shared DbContext instead of the two upstream contexts.)
    /// </summary>
    public static class IdentityServerEntityFrameworkBuilderExtensions
    {
        /// <summary>
        /// Configures EF implementation of IClientStore, IResourceStore, and ICorsPolicyService with IdentityServer.
        /// </summary>
        public static IIdentityServerBuilder AddConfigurationStore<TContext>(
            this IIdentityServerBuilder builder,
            Action<ConfigurationStoreOptions> storeOptionsAction = null)
            where TContext : Microsoft.EntityFrameworkCore.DbContext, IConfigurationDbContext
        {
            builder.Services.AddConfigurationDbContext<TContext>(storeOptionsAction);
            builder.AddClientStore<ClientStore>();
            builder.AddResourceStore<ResourceStore>();
            builder.AddCorsPolicyService<CorsPolicyService>();
            return builder;
        }

        /// <summary>
        /// Configures EF implementation of IPersistedGrantStore and IDeviceFlowStore with IdentityServer.
        /// </summary>
        public static IIdentityServerBuilder AddOperationalStore<TContext>(
            this IIdentityServerBuilder builder,
            Action<OperationalStoreOptions> storeOptionsAction = null)
            where TContext : Microsoft.EntityFrameworkCore.DbContext, IPersistedGrantDbContext
        {
            builder.Services.AddOperationalDbContext<TContext>(storeOptionsAction);
            builder.AddPersistedGrantStore<PersistedGrantStore>();
            builder.AddDeviceFlowStore<DeviceFlowStore>();

            // the host only does work when OperationalStoreOptions.EnableTokenCleanup is true
            builder.Services.AddSingleton<IHostedService, TokenCleanupHost>();
            return builder;
        }
    }
}
