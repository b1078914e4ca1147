using Fincher.Accounts.Application;
using Fincher.Accounts.Domain.Enums;
using Fincher.Accounts.IdentityServer.Configurations;
using Fincher.Accounts.Infrastructure;
using FastEndpoints;
using FluentValidation.AspNetCore;
using Serilog;

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Host.AddSettingsFiles();
    builder.Host.UseSerilog((_, logger) => logger
        .WriteTo.Console()
        .ReadFrom.Configuration(builder.Configuration));

    builder.Services.AddInfrastructure(builder.Configuration, builder.Environment, HostKind.IdentityServer);
    builder.Services.AddApplication();
    builder.Services.AddControllersWithViews();
    builder.Services.AddFastEndpoints()
        .AddFluentValidationAutoValidation();

    var app = builder.Build();

    await app.Services.InitializeDatabasesAsync().ConfigureAwait(false);

    app.UseInfrastructure(builder.Configuration, HostKind.IdentityServer, endpoints =>
    {
        endpoints.Endpoints.RoutePrefix = "api";
        endpoints.Versioning.Prefix = "v";
        endpoints.Versioning.DefaultVersion = 1;
        endpoints.Versioning.PrependToRoute = true;
    });

    app.MapDefaultControllerRoute();
    app.MapInfrastructureEndpoints();

    app.Run();
}
catch (Exception ex) when (ex.GetType().Name is not "StopTheHostException")
{
    Log.Fatal(ex, "Fincher.Accounts.IdentityServer terminated unexpectedly");
}
finally
{
    Log.Information("Server shutting down...");
    Log.CloseAndFlush();
}
