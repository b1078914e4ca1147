using BlueYonder.Identity.Admin.Server;
using BlueYonder.Identity.Core.Extensions;
using BlueYonder.Identity.Core.Serilog.Extensions;
using BlueYonder.Identity.OnePassword.Extensions;
using Microsoft.Extensions.Hosting.WindowsServices;
using Serilog;

// Admin portal for clients and API resources: a separate Windows Service that edits the
// configuration tables over EF Core. It does not host IdentityServer.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = WindowsServiceHelpers.IsWindowsService() ? AppContext.BaseDirectory : default
});
builder.Host.UseWindowsService();

var tier = builder.Configuration.AddEnvironmentConfiguration();
Log.Logger = LoggingSetup.CreateLogger(builder.Configuration);
builder.UseBlueYonderSerilog();
builder.Configuration.AddOnePasswordSecrets();

var app = builder
    .ConfigureAdminServices(tier)
    .ConfigureAdminPipeline();

app.MapHealthChecks("/health");

await app.RunAsync();
