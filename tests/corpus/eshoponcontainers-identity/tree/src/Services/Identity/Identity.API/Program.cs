var builder = WebApplication.CreateBuilder(args);

builder.AddShopSerilog();
builder.AddShopDatabase();
builder.AddShopIdentityServer();
builder.AddShopHealthChecks();

var app = builder.Build();

var pathBase = builder.Configuration["PATH_BASE"];
if (!string.IsNullOrEmpty(pathBase))
{
    app.UsePathBase(pathBase);
}
app.UseStaticFiles();
app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.Lax });
app.UseRouting();
app.UseIdentityServer();
app.UseAuthorization();
app.MapDefaultControllerRoute();
app.MapHealthChecks("/hc", new HealthCheckOptions { Predicate = _ => true });
app.MapHealthChecks("/liveness", new HealthCheckOptions { Predicate = r => r.Name.Contains("self") });

// Seeding runs before the host starts listening, on every start.
using (var scope = app.Services.CreateScope())
{
    await SeedData.EnsureSeedDataAsync(scope, app.Configuration);
}

app.Run();
