using Microsoft.Azure.Cosmos.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Pawnee.Common.Options;

namespace Pawnee.Infrastructure.Cache
{
    public static class CosmosCache
    {
        // Shared IDistributedCache on a Cosmos "cache" container. Only the web app registers it.
        public static void AddCosmosDistributedCache(this IServiceCollection services, CosmosOptions cosmos)
        {
            services.AddCosmosCache(cache =>
            {
                cache.ContainerName = "cache";
                cache.DatabaseName = cosmos.Database;
                cache.ClientBuilder = new CosmosClientBuilder(cosmos.ConnectionString(cosmos.PrimaryKey));
                cache.CreateIfNotExists = true;
            });
        }
    }
}
