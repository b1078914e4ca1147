using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vandermeer.Larder.Stock;
using Vandermeer.Platform;
using Vandermeer.Platform.Infra.Database;

var builder = WebApiApplicationBuilder.Build<Program>(args);

builder.AddServiceDefaults();

var stockDb = builder.Configuration.GetConnectionString("StockDb");
builder.Services.AddDbContext<StockContext>(options => options.UseSqlServer(stockDb));
builder.Services.AddTransient(sp => new DbInitializer(sp.GetRequiredService<StockContext>()) { UseMigrations = true });

builder.Services.AddDaprClient();

builder.Services.AddHealthChecks()
    .AddCheck("stock-db", new SqlConnectionHealthCheck(stockDb), HealthStatus.Unhealthy);

var app = builder.Build();

app.UseLarderApiDefaults();
app.MapLarderHealthEndpoint();

app.MapGet("/items", async (StockContext db) => await db.Items.ToListAsync())
    .RequireAuthorization();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<DbInitializer>().Run();
}

app.UseAuthentication();
app.UseAuthorization();

app.Run();

public partial class Program { }
