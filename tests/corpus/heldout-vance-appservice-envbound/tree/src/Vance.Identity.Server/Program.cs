using Duende.IdentityServer;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Enrichers.Span;
using Vance.Identity.Server.Setup;

var builder = WebApplication.CreateBuilder(args);

// Tests install their own logger before the host is built; keep it if present.
if (Log.Logger.GetType().FullName == "Serilog.Core.Pipeline.SilentLogger")
{
    Log.Logger = new LoggerConfiguration()
        .Enrich.FromLogContext()
        .Enrich.WithSpan()
        .ReadFrom.Configuration(builder.Configuration)
        .CreateBootstrapLogger();
}

builder.Host.UseSerilog();
builder.Services.AddSerilog();

builder.Services.AddOpenTelemetry()
    .WithTracing(tracing =>
    {
        tracing.AddAspNetCoreInstrumentation();
        tracing.AddHttpClientInstrumentation();
        tracing.AddSource(IdentityServerConstants.Tracing.Basic)
            .AddSource(IdentityServerConstants.Tracing.Stores)
            .AddSource(IdentityServerConstants.Tracing.Validation);
    })
    .WithMetrics(metrics =>
    {
        metrics.AddAspNetCoreInstrumentation();
        metrics.AddHttpClientInstrumentation();
    });

Log.Information("Vance identity server starting");

try
{
    var app = builder
        .AddIdentityServer()
        .Build()
        .ConfigurePipeline();

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException && ex.Source != "Microsoft.EntityFrameworkCore.Design")
{
    Log.Fatal(ex, "Vance identity server failed to start");
}
finally
{
    Log.Information("Vance identity server stopped");
    await Log.CloseAndFlushAsync();
}

public partial class Program;
