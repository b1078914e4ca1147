using IdentityService;
using Npgsql;
using Polly;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

Log.Information("Oceanic identity service starting");

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Host.UseSerilog((context, logger) => logger
        .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level}] {SourceContext}{NewLine}{Message:lj}{NewLine}{Exception}{NewLine}")
        .Enrich.FromLogContext()
        .ReadFrom.Configuration(context.Configuration));

    var app = builder
        .ConfigureServices()
        .ConfigurePipeline();

    // Postgres may still be starting in the cluster: retry the migration + seed a few times.
    var seedRetry = Policy
        .Handle<NpgsqlException>()
        .WaitAndRetry(5, attempt => TimeSpan.FromSeconds(5));

    seedRetry.ExecuteAndCapture(() => SeedData.EnsureSeedData(app));

    app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Identity service terminated unexpectedly");
}
finally
{
    Log.Information("Identity service shut down");
    Log.CloseAndFlush();
}
