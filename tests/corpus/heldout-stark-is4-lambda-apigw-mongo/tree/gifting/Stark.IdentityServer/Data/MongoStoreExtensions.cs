using IdentityServer4.Services;
using IdentityServer4.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Stark.IdentityServer.Data
{
    // Replaces the EntityFramework stores: every IdentityServer store reads and writes MongoDB.
    public static class MongoStoreExtensions
    {
        public static IIdentityServerBuilder AddMongoDocumentStore(
            this IIdentityServerBuilder builder, string connectionString, string databaseName)
        {
            builder.Services.AddTransient<IDocumentRepository>(
                _ => new MongoDocumentRepository(connectionString, databaseName));
            return builder;
        }

        public static IIdentityServerBuilder AddMongoClients(this IIdentityServerBuilder builder)
        {
            builder.Services.AddTransient<IClientStore, MongoClientStore>();
            builder.Services.AddTransient<ICorsPolicyService, InMemoryCorsPolicyService>();
            return builder;
        }

        public static IIdentityServerBuilder AddMongoResources(this IIdentityServerBuilder builder)
        {
            builder.Services.AddTransient<IResourceStore, MongoResourceStore>();
            return builder;
        }

        public static IIdentityServerBuilder AddMongoPersistedGrants(this IIdentityServerBuilder builder)
        {
            builder.Services.AddSingleton<IPersistedGrantStore, MongoPersistedGrantStore>();
            return builder;
        }
    }
}
