using Microsoft.Extensions.Configuration;

namespace Pawnee.Common.Extensions
{
    public static class ConfigurationExtensions
    {
        // Feature flag: run a non-Production environment against the real Azure stores.
        public static bool UsesPersistentStores(this IConfiguration configuration) =>
            configuration["PersistentStores"] == "true";
    }
}
