namespace Fincher.Accounts.IdentityServer.Configurations;

internal static class SettingsFiles
{
    // Every feature area has its own JSON file plus an optional per-environment override.
    private static readonly string[] Areas =
    {
        "logger",
        "cache",
        "cors",
        "database",
        "mail",
        "security",
        "identityserverdata",
        "portal",
    };

    internal static ConfigureHostBuilder AddSettingsFiles(this ConfigureHostBuilder host)
    {
        host.ConfigureAppConfiguration((context, config) =>
        {
            var environment = context.HostingEnvironment.EnvironmentName;

            config.AddJsonFile("appsettings.json", optional: false, reloadOnChange: true)
                .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: true);

            foreach (var area in Areas)
            {
                config.AddJsonFile($"Configurations/{area}.json", optional: false, reloadOnChange: true)
                    .AddJsonFile($"Configurations/{area}.{environment}.json", optional: true, reloadOnChange: true);
            }

            config.AddEnvironmentVariables();
        });

        return host;
    }
}
