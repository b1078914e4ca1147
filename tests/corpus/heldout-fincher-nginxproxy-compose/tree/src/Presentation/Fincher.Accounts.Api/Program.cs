using Fincher.Accounts.Application;
using Fincher.Accounts.Domain.Enums;
using Fincher.Accounts.Infrastructure;
using FastEndpoints;
using Serilog;

// Management API for the admin portal; validates tokens issued by the IdentityServer host.
var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((_, logger) => logger.WriteTo.Console().ReadFrom.Configuration(builder.Configuration));

builder.Services.AddControllers();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment, HostKind.Api);
builder.Services.AddApplication();

builder.Services.AddAuthentication("token")
    .AddJwtBearer("token", options =>
    {
        options.Authority = "http://auth.fincher.local.com";
        options.Audience = "accounts_api";
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = false;
    });

builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("RequireInteractiveUser", policy => policy.RequireClaim("sub"));
    options.AddPolicy("RequireAdministrator", policy => policy.RequireClaim("role", "Administrator"));
});

builder.Services.AddFastEndpoints();

var app = builder.Build();

await app.Services.InitializeDatabasesAsync();

app.UseInfrastructure(builder.Configuration, HostKind.Api, endpoints =>
{
    endpoints.Versioning.Prefix = "v";
    endpoints.Versioning.DefaultVersion = 1;
    endpoints.Versioning.PrependToRoute = true;
});

app.MapInfrastructureEndpoints();

app.Run();
