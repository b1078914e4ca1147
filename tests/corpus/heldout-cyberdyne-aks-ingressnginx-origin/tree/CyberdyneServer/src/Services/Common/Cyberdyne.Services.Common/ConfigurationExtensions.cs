namespace Microsoft.Extensions.Configuration;

// lives in the shared project but in the framework namespace, so callers need no using
public static class ConfigurationExtensions
{
    public static string GetRequiredValue(this IConfiguration configuration, string key) =>
        configuration[key] ?? throw new InvalidOperationException($"Missing configuration value '{key}'");

    public static string GetRequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"Missing connection string 'ConnectionStrings:{name}'");
}
