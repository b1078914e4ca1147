using Consolidated.IdentityServer.Configuration.Api;
using Consolidated.IdentityServer.Security.KeyVaults;
using Consolidated.IdentityServer.Startup.Migrations;
using Consolidated.IdentityServer.Startup.Seeding;
using Consolidated.Platform.Hosting.AspNetCore.Startup.Events;
using Consolidated.Platform.Hosting.AspNetCore.Startup.Events.Abstract;

namespace Consolidated.IdentityServer.Startup.Events;

// Hooks into the platform's startup sequence.
internal sealed class AppConfigEventHandlerRegistrar : IRegisterAppConfigEventHandlers
{
    public static void RegisterHandlers(AppConfigEvents events)
    {
        string[] arguments = [];

        events.ConfigurationStarted += args =>
        {
            arguments = args;
            return Task.CompletedTask;
        };

        events.BuilderCreated += builder =>
        {
            builder.AddAzureKeyVault();
            builder.AddConfigurationApi();
            return Task.CompletedTask;
        };

        events.RequestPipelineConfigured += async app =>
        {
            await DatabaseMigrationService.MigrateDatabasesAsync(arguments, app);
            await DataSeedService.SeedDataAsync(arguments, app);
        };
    }
}
