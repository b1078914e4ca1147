using Microsoft.EntityFrameworkCore;
using Nakatomi.Inventory.Api.Data;
using Nakatomi.Shared.Extensions;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    ContentRootPath = AppDomain.CurrentDomain.BaseDirectory,
});

builder.ConfigureServices();

builder.Services.Configure<DatabaseSettings>(builder.Configuration.GetSection(DatabaseSettings.SectionName));
builder.Services.AddDbContextFactory<InventoryDbContext>();
builder.Services.AddSwaggerGen();

var app = builder.Build();

app.ConfigurePipeline();

app.UseSwagger().UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("v1/swagger.json", "Inventory API v1");
    ui.OAuthClientId("inventoryswaggerui");
});

// migrate on every start (waits for postgres first)
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
    await Task.Delay(TimeSpan.FromSeconds(10));
    await db.Database.MigrateAsync();
}

app.Run();
