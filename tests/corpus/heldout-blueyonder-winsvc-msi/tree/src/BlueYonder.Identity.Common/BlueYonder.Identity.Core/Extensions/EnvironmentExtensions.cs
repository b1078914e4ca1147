using Microsoft.Extensions.Configuration;

namespace BlueYonder.Identity.Core.Extensions;

public static class EnvironmentExtensions
{
    /// <summary>
    /// Reads the deployment tier from the "env" command-line argument (set by the Windows Service
    /// registration) and layers appsettings.{tier}.json on top when such a file exists.
    /// </summary>
    public static string AddEnvironmentConfiguration(this ConfigurationManager configuration, string fallback = "local")
    {
        var tier = configuration["env"];
#if DEBUG
        tier ??= fallback;
#else
        if (string.IsNullOrWhiteSpace(tier))
        {
            throw new InvalidOperationException("The 'env' argument is required outside Debug builds");
        }
#endif
        configuration.AddJsonFile($"appsettings.{tier}.json", optional: true);
        return tier;
    }
}
