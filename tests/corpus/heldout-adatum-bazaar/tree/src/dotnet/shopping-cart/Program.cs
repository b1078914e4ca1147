using Bazaar.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Host.AddBazaarSerilog("ShoppingCart");

builder.Services
    .AddBazaarCors()
    .AddEndpointsApiExplorer()
    .AddHttpContextAccessor();
builder.Services.AddDaprClient();
builder.Services.AddHealthChecks();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}

app.UseBazaarCors();
app.UseRouting();
app.UseCloudEvents();

app.MapHealthChecks("/api/healthz");
app.MapSubscribeHandler();
app.MapGet("/error", () => Results.Problem("Something went wrong.", statusCode: 500));
app.MapGet("api/carts", () => Results.Ok(Array.Empty<object>()));

app.Run();
