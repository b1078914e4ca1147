using Nakatomi.Auth.Extensions;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

Log.Information("Nakatomi.Auth is booting");

try
{
    // content root is the publish folder, so relative paths (keys/, wwwroot/) resolve next to the dll
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        ContentRootPath = AppDomain.CurrentDomain.BaseDirectory,
    });

    builder.Host.UseSerilog((context, logger) => logger
        .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level}] {SourceContext}{NewLine}{Message:lj}{NewLine}{Exception}")
        .Enrich.FromLogContext()
        .ReadFrom.Configuration(context.Configuration));

    var app = builder
        .ConfigureServices()
        .ConfigurePipeline();

    app.Run();
}
catch (Exception ex)
{
    Log.Fatal(ex, "Nakatomi.Auth stopped unexpectedly");
}
finally
{
    Log.Information("Nakatomi.Auth shut down");
    Log.CloseAndFlush();
}
