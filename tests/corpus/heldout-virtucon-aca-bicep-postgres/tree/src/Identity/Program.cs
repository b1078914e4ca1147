using System.Globalization;
using Duende.IdentityServer.Licensing;
using Serilog;
using Virtucon.Identity;
using Virtucon.Identity.Data;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    var app = builder
        .AddVirtuconLogging()
        .AddVirtuconIdentity()
        .UseVirtuconPipeline();

    // one-off: `dotnet Virtucon.Identity.dll /seed` migrates the member store and adds demo members
    if (args.Contains("/seed"))
    {
        MemberSeeder.Run(app);
        return;
    }

    if (app.Environment.IsDevelopment())
    {
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            var usage = app.Services.GetRequiredService<LicenseUsageSummary>();
            Console.WriteLine($"Virtucon identity used {usage.ClientsUsed.Count} client(s), edition {usage.LicenseEdition}");
        });
    }

    app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Virtucon identity stopped unexpectedly");
}
finally
{
    Log.CloseAndFlush();
}
