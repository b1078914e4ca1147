using System.Reflection;
using BlueYonder.Identity;
using BlueYonder.Identity.Core.Extensions;
using BlueYonder.Identity.Core.Serilog.Extensions;
using BlueYonder.Identity.OnePassword.Extensions;
using Microsoft.Extensions.Hosting.WindowsServices;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
Log.Information("Starting {Service}", "Blue Yonder token service");

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        // Installed as a Windows Service: resolve appsettings next to the executable.
        ContentRootPath = WindowsServiceHelpers.IsWindowsService() ? AppContext.BaseDirectory : default
    });
    builder.Host.UseWindowsService();

    // The service is registered with "env=<tier>"; appsettings.<tier>.json is layered on top if present.
    var tier = builder.Configuration.AddEnvironmentConfiguration();
    builder.Configuration.AddUserSecrets(Assembly.GetExecutingAssembly());

    Log.Logger = LoggingSetup.CreateLogger(builder.Configuration);
    Log.Information("Deployment tier: {Tier}", tier);
    builder.UseBlueYonderSerilog();

    // Pulls the secrets named under "OnePassword:Secrets" into configuration; must run after logging is ready.
    builder.Configuration.AddOnePasswordSecrets();

    var app = builder
        .ConfigureServices(tier)
        .ConfigurePipeline(tier);

    await app.RunAsync();
}
catch (Exception ex)
{
    Log.Fatal(ex, "Token service terminated unexpectedly");
}
finally
{
    await Log.CloseAndFlushAsync();
}
