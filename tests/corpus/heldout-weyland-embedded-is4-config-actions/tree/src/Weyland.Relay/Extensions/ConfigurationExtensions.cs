using System;
using Microsoft.Extensions.Configuration;

namespace Weyland.Relay.Extensions
{
    public static class ConfigurationExtensions
    {
        /// <summary>Reads a value and fails loudly when the key is missing.</summary>
        public static T GetRequiredValue<T>(this IConfiguration configuration, string key)
        {
            var value = configuration.GetValue<T>(key);
            return value is null
                ? throw new InvalidOperationException($"Missing configuration value '{key}'")
                : value;
        }
    }
}
