using Wonka.IdentityServer.UI.Configurations;
using Wonka.IdentityServer.UI.Utils;

var stopwatch = System.Diagnostics.Stopwatch.StartNew();

var builder = WebApplication.CreateBuilder(args);

// "WarmUp" (Skip | Normal | Exit) decides whether the configuration data is seeded before serving.
var warmUp = builder.Configuration.GetValue("WarmUp", WarmUpBehavior.Skip);

builder.Services.AddSingleton(stopwatch);
builder.Services.AddRazorPages();
builder.Services.AddDefaultDependencies(builder.Configuration);

var app = builder.Build();

if (warmUp == WarmUpBehavior.Skip)
{
    app.Logger.LogInformation("Warm-up skipped.");
}
else
{
    await app.WarmUpAsync();
    app.Logger.LogInformation("Warm-up took {Seconds} s.", stopwatch.ElapsedMilliseconds / 1000.0);
    if (warmUp == WarmUpBehavior.Exit)
        return;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
else
{
    app.UseDeveloperExceptionPage();
}

app.UseHttpsRedirection();
app.UseStaticFiles();

app.UseRouting();

app.UseIdentityServer();
app.UseAuthorization();

app.MapRazorPages();

app.Run();

namespace Wonka.IdentityServer.UI
{
    public partial class Program
    {
        public static readonly SemaphoreSlim SeedLock = new(1);
    }
}
