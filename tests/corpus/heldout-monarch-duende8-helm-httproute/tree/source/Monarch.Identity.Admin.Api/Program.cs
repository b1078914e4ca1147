using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Options;

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;

using Monarch.Identity.Data;
using Monarch.Platform.Hosting.Options;
using Monarch.Platform.Hosting.StartupExtensions;
using Monarch.Platform.Hosting.Telemetry;

using Npgsql;

// Admin REST API over the configuration store; not an IdentityServer host.
var builder = WebApplication.CreateBuilder(args);

builder.AddMonarchTelemetry(typeof(Program).Assembly,
        new ConfigurationFunctions { MetricsConfiguration = metrics => metrics.AddNpgsqlInstrumentation() })
    .AddMonarchSerilog(true);
AppHealthCheckOptions probeOptions = builder.AddMonarchHealthChecks();

var connection = builder.Configuration.GetConnectionString("IdentityConnection");

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
    options.KnownIPNetworks.Clear();
    options.KnownProxies.Clear();
});

builder.Services.AddDbContext<ApplicationDbContext>(options => options.UseNpgsql(connection));
builder.Services.AddSingleton(new ConfigurationStoreOptions());
builder.Services.AddDbContext<ConfigurationDbContext>(options => options.UseNpgsql(connection));

var authority = builder.Configuration["IdentityServer:Authority"];
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = authority;
        options.Audience = "identity.admin.api";
        options.RequireHttpsMetadata = authority?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ?? false;
    });

builder.Services.AddAuthorizationBuilder()
    .AddPolicy("admin.read", policy => policy.RequireClaim("scope", "identity:admin:read", "identity:admin:write"))
    .AddPolicy("admin.write", policy => policy.RequireClaim("scope", "identity:admin:write"));

builder.Services.AddControllers();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseMonarchHealthChecks(probeOptions);
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.Run();
