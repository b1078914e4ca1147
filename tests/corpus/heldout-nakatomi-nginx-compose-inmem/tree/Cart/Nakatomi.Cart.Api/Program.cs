using Nakatomi.Shared.Extensions;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    ContentRootPath = AppDomain.CurrentDomain.BaseDirectory,
});

builder.ConfigureServices();

// cart contents live in Redis for CacheTimeout; nothing else is stored there
builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
    ConnectionMultiplexer.Connect(builder.Configuration["Redis:ConnectionString"]));
builder.Services.AddSwaggerGen();

var app = builder.Build();

app.ConfigurePipeline();

app.UseSwagger().UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("v1/swagger.json", "Cart API v1");
    ui.OAuthClientId("cartswaggerui");
});

app.Run();
