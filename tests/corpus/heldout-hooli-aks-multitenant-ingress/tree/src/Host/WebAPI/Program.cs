using Hooli.Infrastructure;

// Tenant-aware resource API; validates tokens issued by the SSO host per tenant.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApiInfrastructure(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler("/error");

app.UseApiInfrastructure();

app.MapControllers().RequireAuthorization();

app.Run();
