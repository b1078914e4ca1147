using Microsoft.Extensions.Configuration;

namespace VanArsdel.Identity.Shared
{
    public static class ConfigExtensions
    {
        // Reads a JSON array below the given key as string[] (null when the key is absent).
        public static string[] GetStringArray(this IConfiguration section, string key)
        {
            return section.GetSection(key).Get<string[]>();
        }
    }
}
