using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;
using Serilog.Exceptions;
using Serilog.Sinks.Elasticsearch;
using Vandermeer.Larder.Identity;
using Vandermeer.Larder.Identity.Infra;
using Vandermeer.Platform;
using Vandermeer.Platform.Infra.Database;

var builder = WebApplication.CreateBuilder(args);

// Shared defaults from Vandermeer.ServiceDefaults (OpenTelemetry, "self" health check, service discovery)
builder.AddServiceDefaults();

var serviceName = builder.Configuration["MicroserviceSettings:Service"];

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    options.RequireHeaderSymmetry = false;
    options.KnownNetworks.Clear();
    options.KnownProxies.Clear();
});

var identityDb = builder.Configuration.GetConnectionString("LarderIdentityDb");
var migrationsAssembly = typeof(Program).Assembly.GetName().Name;

builder.Services.AddIdentityServer()
    .AddConfigurationStore(options =>
    {
        options.ConfigureDbContext = db => db.UseSqlServer(identityDb,
            sql => sql.MigrationsAssembly(migrationsAssembly));
    })
    .AddOperationalStore(options =>
    {
        options.ConfigureDbContext = db => db.UseSqlServer(identityDb,
            sql => sql.MigrationsAssembly(migrationsAssembly));
    })
    .AddTestUsers(LarderUsers.All);

builder.Services.AddRazorPages();

// registers the DbInitializer for both IdentityServer contexts
builder.Services.AddLarderIdentityInfra();

builder.Services.AddHealthChecks()
    .AddCheck(
        "larder-identity-db",
        new SqlConnectionHealthCheck(identityDb),
        HealthStatus.Unhealthy);

// Serilog: console always, Elasticsearch when a URI is configured
var elasticUri = builder.Configuration["ElasticConfiguration:Uri"];
builder.Host.UseSerilog((context, logger) =>
{
    logger.WriteTo.Async(sink => sink.Console(
            outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss,fff} [{ThreadId}] {Level:u4} {Message:lj}{NewLine}{Exception}"))
        .Enrich.WithExceptionDetails()
        .Enrich.WithThreadId();

    if (!string.IsNullOrEmpty(elasticUri))
    {
        logger.WriteTo.Elasticsearch(new ElasticsearchSinkOptions(new Uri(elasticUri))
        {
            IndexFormat = $"{serviceName?.ToLower()}-logs-{context.HostingEnvironment.EnvironmentName.ToLower()}-{DateTime.UtcNow:yyyy-MM}"
        });
    }
});

var app = builder.Build();

app.UseForwardedHeaders();

app.UseIdentityServer();

app.UseCookiePolicy(new CookiePolicyOptions
{
    MinimumSameSitePolicy = app.Environment.IsDevelopment() ? SameSiteMode.Lax : SameSiteMode.Strict
});

// maps /healthz (every registered check) from Vandermeer.Platform
app.MapLarderHealthEndpoint();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthorization();
app.MapRazorPages().RequireAuthorization();

// migrate both contexts and seed clients/resources on every start
using var scope = app.Services.CreateScope();
scope.ServiceProvider.GetRequiredService<DbInitializer>().Run();

app.SeedLarderIdentity();

app.Run();

public partial class Program { }
