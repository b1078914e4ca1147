using Fabrikam.Defaults;
using Fabrikam.Shared.Auth;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatformDefaults();
builder.Services.AddBearerValidation();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.UsePlatformDefaults();

app.MapGet("/api/v1/departures", () => Results.Ok(Array.Empty<string>()))
    .RequireAuthorization("scoped");

app.Run();
