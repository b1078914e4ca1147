using Serilog;
using Tailspin.IdentityServer;
using Tailspin.Members.Seeding;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

Log.Information("Tailspin identity host booting");

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Host.UseSerilog((context, logConfig) => logConfig
        .WriteTo.Console()
        .Enrich.FromLogContext()
        .ReadFrom.Configuration(context.Configuration));

    var app = builder
        .ConfigureServices()
        .ConfigurePipeline();

    // one-off maintenance mode: apply migrations and seed, then exit
    if (args.Contains("/seed"))
    {
        Log.Information("Applying migrations and seeding");
        await IdentitySeeder.RunAsync(app);
        Log.Information("Seeding finished, exiting");
        return;
    }

    app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Tailspin identity host crashed");
}
finally
{
    Log.CloseAndFlush();
}
