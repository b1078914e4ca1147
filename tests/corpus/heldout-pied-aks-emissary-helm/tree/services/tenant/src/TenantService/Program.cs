using Common.Library.Configuration;
using Common.Library.Identity;
using Common.Library.Logging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;
using Tenant.Domain.Data;
using Tenant.Domain.HealthChecks;
using Tenant.Domain.Settings;
using TenantService.HostedServices;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSeqLogging(builder.Configuration);
builder.Host.UseSerilog();
builder.Host.ConfigureAzureKeyVault();

// resource server for IdentityService tokens
builder.Services.AddPiedJwtBearer();
builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("tenant.claims.read", p => p.RequireClaim("scope", "tenant.claims.read"));
});

builder.Services.ConfigureTenantPostgres(builder.Configuration);
var pg = builder.Configuration.GetSection("PostgresSettings").Get<PostgresSettings>();
builder.Services.AddDbContext<TenantDbContext>(options => options.UseNpgsql(pg!.GetConnectionString()));

// tenant schema is migrated at startup
builder.Services.AddHostedService<DatabaseMigrationHostedService>();

builder.Services.AddHealthChecks()
    .AddCheck("self", () => HealthCheckResult.Healthy("Service is running"), tags: new[] { "live" })
    .AddPostgresHealthCheck(name: "database", tags: new[] { "ready" });

builder.Services.AddControllers();

const string corsPolicy = "frontend";
builder.Services.AddCors(options =>
{
    var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? Array.Empty<string>();
    options.AddPolicy(corsPolicy, p => p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().AllowCredentials());
});

var app = builder.Build();

app.UseCors(corsPolicy);
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });

app.Run();
