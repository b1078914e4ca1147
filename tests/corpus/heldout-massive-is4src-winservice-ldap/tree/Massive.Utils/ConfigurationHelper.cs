using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Massive.Utils
{
    public static class ConfigurationHelper
    {
        public static T GetValue<T>(IConfiguration configuration, string key, T defaultValue)
        {
            var section = configuration.GetSection(key);
            return section.Exists() ? section.Get<T>() ?? defaultValue : defaultValue;
        }

        /// <summary>Reads "90s", "10m", "24h" or a TimeSpan literal.</summary>
        public static TimeSpan GetTimeSpan(IConfiguration configuration, string key, string defaultValue)
        {
            string text = GetValue(configuration, key, defaultValue).Trim();
            char unit = text[^1];
            if (char.IsLetter(unit) && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double n))
            {
                return unit switch
                {
                    's' => TimeSpan.FromSeconds(n),
                    'm' => TimeSpan.FromMinutes(n),
                    'h' => TimeSpan.FromHours(n),
                    'd' => TimeSpan.FromDays(n),
                    _ => TimeSpan.Parse(defaultValue, CultureInfo.InvariantCulture)
                };
            }
            return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        }
    }

    public static class CultureHelper
    {
        public static void ApplyUiCulture(IConfiguration configuration, ILogger logger)
        {
            string name = ConfigurationHelper.GetValue(configuration, "UICulture", "");
            if (name == "")
                return;
            CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo(name);
            logger.LogDebug("UI culture: " + name);
        }
    }
}
