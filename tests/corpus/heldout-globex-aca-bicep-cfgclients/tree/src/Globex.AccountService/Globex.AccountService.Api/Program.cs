using System.Globalization;
using Globex.AccountService.Api.Extensions;
using Globex.AccountService.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    var configuration = builder.Configuration;

    // Container Apps terminates TLS in its Envoy ingress and forwards plain HTTP.
    builder.Services.Configure<ForwardedHeadersOptions>(options =>
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

        // The ingress address is not known up front, so trust every sender.
        options.KnownNetworks.Clear();
        options.KnownProxies.Clear();
    });

    builder.Host.UseSerilog((ctx, lc) => lc
        .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
        .Enrich.FromLogContext()
        .ReadFrom.Configuration(ctx.Configuration));

    var app = builder
        .ConfigureServices(configuration)
        .ConfigurePipeline();

    Log.Information("Account service starting in {Environment}", app.Environment.EnvironmentName);

    // Demo data and migrations are a local convenience only.
    if (app.Environment.IsDevelopment())
    {
        await DataSeeder.EnsureSeedDataAsync(app);
    }

    app.Run();
}
catch (Exception ex)
{
    Log.Fatal(ex, "Account service terminated unexpectedly");
}
finally
{
    Log.CloseAndFlush();
}
