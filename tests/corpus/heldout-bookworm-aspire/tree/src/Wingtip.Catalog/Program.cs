using Wingtip.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddWingtipDefaults();
builder.AddWingtipApiAuth(audience: "catalog");
builder.AddRedisDistributedCache("cache");

var app = builder.Build();

app.MapWingtipEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/api/v1/books", () => Results.Ok(Array.Empty<object>()))
    .RequireAuthorization();

app.Run();
