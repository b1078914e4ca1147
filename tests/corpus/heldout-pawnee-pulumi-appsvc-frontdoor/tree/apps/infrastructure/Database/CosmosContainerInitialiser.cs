using System.Threading.Tasks;
using Microsoft.Azure.Cosmos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pawnee.Common.Options;

namespace Pawnee.Infrastructure.Database
{
    // Creates the database and the context's container if missing, and sets the container TTL.
    public class CosmosContainerInitialiser<TContext> where TContext : DbContext
    {
        private readonly CosmosOptions cosmos;
        private readonly ILogger<CosmosContainerInitialiser<TContext>> logger;

        public CosmosContainerInitialiser(IOptions<CosmosOptions> cosmos, ILogger<CosmosContainerInitialiser<TContext>> logger)
        {
            this.cosmos = cosmos.Value;
            this.logger = logger;
        }

        public async Task EnsureContainerAsync(bool enableTtl)
        {
            if (string.IsNullOrEmpty(cosmos.Endpoint) || string.IsNullOrEmpty(cosmos.PrimaryKey))
            {
                logger.LogWarning("Cosmos is not configured");
                return;
            }

            using var client = new CosmosClient(cosmos.Endpoint, cosmos.PrimaryKey);
            var db = await client.CreateDatabaseIfNotExistsAsync(cosmos.Database, 400);
            var container = await db.Database.CreateContainerIfNotExistsAsync(typeof(TContext).Name, "/__partitionKey");
            if (enableTtl)
            {
                ContainerProperties properties = await container.Container.ReadContainerAsync();
                properties.DefaultTimeToLive = cosmos.DefaultTimeToLive ?? -1; // -1: documents never expire
                await container.Container.ReplaceContainerAsync(properties);
            }
        }
    }
}
