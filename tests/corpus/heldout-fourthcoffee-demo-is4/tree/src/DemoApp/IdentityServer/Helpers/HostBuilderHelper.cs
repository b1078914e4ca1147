using Microsoft.Extensions.Configuration;

namespace IdentityServer.Helpers
{
    public static class HostBuilderHelper
    {
        // adds {name}.json and {name}.{environment}.json, both optional
        public static IConfigurationBuilder AddJsonConfiguration(this IConfigurationBuilder configBuilder, string name, string environmentName = null, bool optional = true, bool reloadOnChange = true)
        {
            configBuilder.AddJsonFile($"{name}.json", optional, reloadOnChange);
            if (!string.IsNullOrEmpty(environmentName))
            {
                configBuilder.AddJsonFile($"{name}.{environmentName}.json", optional, reloadOnChange);
            }
            return configBuilder;
        }
    }
}
