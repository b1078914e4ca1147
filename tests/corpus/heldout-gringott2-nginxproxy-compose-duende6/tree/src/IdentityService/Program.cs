using IdentityService;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

Log.Information("Identity service starting");

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Host.UseSerilog((context, logger) => logger
        .WriteTo.Console(outputTemplate:
            "[{Timestamp:HH:mm:ss} {Level}] {SourceContext}{NewLine}{Message:lj}{NewLine}{Exception}{NewLine}")
        .Enrich.FromLogContext()
        .ReadFrom.Configuration(context.Configuration));

    var app = builder
        .ConfigureServices()
        .ConfigurePipeline();

    // Bootstraps the database and the demo users on every start.
    SeedData.EnsureSeedData(app);

    app.Run();
}
catch (Exception ex) when (ex.GetType().Name is not "StopTheHostException"
                           && ex.GetType().Name is not "HostAbortedException")
{
    Log.Fatal(ex, "Identity service terminated unexpectedly");
}
finally
{
    Log.Information("Identity service shut down");
    Log.CloseAndFlush();
}
