using IdentityServer4.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VanArsdel.IdentityServer.MongoDb;

namespace VanArsdel.IdentityServer.Pipelines
{
    public static class IdentityServerBuilderExtensions
    {
        // No-op hook: the Mongo database itself is registered by RepositoryStartup.
        public static IIdentityServerBuilder AddMongoRepository(this IIdentityServerBuilder builder)
        {
            return builder;
        }

        public static IIdentityServerBuilder AddIdentityApiResources(this IIdentityServerBuilder builder)
        {
            builder.Services.AddTransient<IResourceStore, ConfiguredResourceStore>();

            return builder;
        }

        public static IIdentityServerBuilder AddPersistedGrants(this IIdentityServerBuilder builder)
        {
            builder.Services.TryAddSingleton<IPersistedGrantStore, MongoGrantStore>();

            return builder;
        }
    }
}
