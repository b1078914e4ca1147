using Microsoft.AspNetCore.HttpOverrides;

using Monarch.Platform.Hosting.Options;
using Monarch.Platform.Hosting.StartupExtensions;
using Monarch.Platform.Hosting.Telemetry;

using OidcProxy.Net.ModuleInitializers;
using OidcProxy.Net.OpenIdConnect;

// BFF for the admin SPA: signs in against the identity host and proxies /api to the admin API.
var builder = WebApplication.CreateBuilder(args);

builder.AddMonarchTelemetry(typeof(Program).Assembly, new ConfigurationFunctions());
builder.AddMonarchSerilog(true);
AppHealthCheckOptions probeOptions = builder.AddMonarchHealthChecks();

var proxyConfig = builder.Configuration.GetSection("OidcProxySettings").Get<OidcProxyConfig>()
    ?? throw new InvalidOperationException("OidcProxySettings is missing.");
builder.Services.AddOidcProxy(proxyConfig, options => options.AllowAnonymousAccess = false);
builder.Services.AddControllers();

var app = builder.Build();

var forwarded = new ForwardedHeadersOptions
{
    ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
};
forwarded.KnownIPNetworks.Clear();
forwarded.KnownProxies.Clear();
app.UseForwardedHeaders(forwarded);

app.UseMonarchHealthChecks(probeOptions);
app.UseRouting();
app.UseOidcProxy();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapControllers();

app.Run();
