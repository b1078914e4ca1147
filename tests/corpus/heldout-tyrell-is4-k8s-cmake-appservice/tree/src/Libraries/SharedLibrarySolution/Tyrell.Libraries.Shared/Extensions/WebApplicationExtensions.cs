using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tyrell.Libraries.Shared.Configuration;

namespace Tyrell.Libraries.Shared.Extensions;

public static class WebApplicationExtensions
{
    public static WebApplication UseAppConfigurationWhenEnabled(this WebApplication app)
    {
        var appConfig = app.Configuration.GetSection("AzureAppConfig").Get<ExternalServiceOptions>()!;

        if (appConfig.Enabled)
        {
            app.UseAzureAppConfiguration();
        }

        return app;
    }

    // "StartupDelayInSeconds" gives SQL Server, RabbitMQ and Elasticsearch time to come up
    public static WebApplication DelayStartupForDependencies(this WebApplication app)
    {
        var seconds = app.Configuration.GetValue<int>("StartupDelayInSeconds");

        if (seconds > 0)
        {
            app.Logger.LogInformation("Waiting {Seconds}s for dependencies", seconds);
            Thread.Sleep(TimeSpan.FromSeconds(seconds));
        }

        return app;
    }
}
