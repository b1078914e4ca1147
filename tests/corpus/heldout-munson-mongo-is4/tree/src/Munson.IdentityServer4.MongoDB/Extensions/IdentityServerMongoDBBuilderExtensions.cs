using System;
using IdentityServer4.Services;
using IdentityServer4.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Munson.IdentityServer4.MongoDB;
using Munson.IdentityServer4.MongoDB.Configuration;
using Munson.IdentityServer4.MongoDB.DbContexts;
using Munson.IdentityServer4.MongoDB.Interfaces;
using Munson.IdentityServer4.MongoDB.Options;
using Munson.IdentityServer4.MongoDB.Stores;

namespace Microsoft.Extensions.DependencyInjection
{
    public static class IdentityServerMongoDBBuilderExtensions
    {
        public static IIdentityServerBuilder AddConfigurationStore(this IIdentityServerBuilder builder, IConfiguration configuration)
        {
            builder.Services.Configure<MongoDBConfiguration>(configuration);

            builder.Services.AddScoped<IConfigurationDbContext, ConfigurationDbContext>();
            builder.Services.AddTransient<IClientStore, ClientStore>();
            builder.Services.AddTransient<IResourceStore, ResourceStore>();
            builder.Services.AddTransient<ICorsPolicyService, CorsPolicyService>();
            return builder;
        }

        // The Mongo operational store always registers the cleanup job (every Interval seconds).
        public static IIdentityServerBuilder AddOperationalStore(
            this IIdentityServerBuilder builder,
            IConfiguration configuration,
            Action<TokenCleanupOptions> cleanup = null)
        {
            builder.Services.Configure<MongoDBConfiguration>(configuration);

            builder.Services.AddScoped<IPersistedGrantDbContext, PersistedGrantDbContext>();
            builder.Services.AddTransient<IPersistedGrantStore, PersistedGrantStore>();

            var options = new TokenCleanupOptions();
            cleanup?.Invoke(options);
            builder.Services.AddSingleton(options);
            builder.Services.AddSingleton<TokenCleanup>();
            return builder;
        }

        public static IApplicationBuilder UseIdentityServerMongoDBTokenCleanup(this IApplicationBuilder app, IApplicationLifetime lifetime)
        {
            var cleanup = app.ApplicationServices.GetService<TokenCleanup>();
            if (cleanup == null)
            {
                throw new InvalidOperationException("AddOperationalStore must be called first.");
            }
            lifetime.ApplicationStarted.Register(cleanup.Start);
            lifetime.ApplicationStopping.Register(cleanup.Stop);
            return app;
        }
    }
}
