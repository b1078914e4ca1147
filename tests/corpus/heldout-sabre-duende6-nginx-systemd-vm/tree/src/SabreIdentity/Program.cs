using SabreIdentity;
using Serilog;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Serilog reads its levels and sinks from the "Serilog" section of appsettings
    var serilog = new LoggerConfiguration()
        .ReadFrom.Configuration(builder.Configuration)
        .Enrich.FromLogContext()
        .CreateLogger();
    builder.Logging.ClearProviders();
    builder.Logging.AddSerilog(serilog);
    builder.Host.UseSerilog();
    Log.Logger = serilog;

    Log.Information("Sabre identity host booting");

    // dump the effective configuration so a misconfigured VM shows up in the journal
    foreach (var entry in builder.Configuration.AsEnumerable())
    {
        Log.Information("{Key} = {Value}", entry.Key, entry.Value);
    }

    var app = builder
        .ConfigureServices()
        .ConfigurePipeline();

    app.Run();
}
catch (Exception ex) when (ex.GetType().Name != "StopTheHostException")
{
    Log.Fatal(ex, "Sabre identity host crashed");
}
finally
{
    Log.Information("Sabre identity host stopped");
    Log.CloseAndFlush();
}
