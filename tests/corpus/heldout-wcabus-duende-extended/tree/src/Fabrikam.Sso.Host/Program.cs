using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Models;
using Fabrikam.Sso.Host;
using Microsoft.EntityFrameworkCore;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

Log.Information("Sign-in service booting");

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Host.UseSerilog((context, logging) => logging
        .WriteTo.Console()
        .Enrich.FromLogContext()
        .ReadFrom.Configuration(context.Configuration));

    var app = builder
        .AddSignInServices()
        .UseSignInPipeline();

    await EnsureReferenceDataAsync(app);

    app.Run();
}
catch (Exception failure) when (failure.GetType().Name is not "HostAbortedException")
{
    Log.Fatal(failure, "Sign-in service stopped unexpectedly");
}
finally
{
    Log.CloseAndFlush();
}

// Inserts the standard identity resources when the configuration store is empty.
// The schema itself is created by migrate-databases.cmd, never here.
static async Task EnsureReferenceDataAsync(WebApplication app)
{
    using var scope = app.Services.CreateScope();
    var log = scope.ServiceProvider.GetRequiredService<ILogger<Program>>();
    try
    {
        var store = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        if (await store.IdentityResources.AnyAsync())
        {
            return;
        }

        store.IdentityResources.AddRange(
            new IdentityResources.OpenId().ToEntity(),
            new IdentityResources.Profile().ToEntity(),
            new IdentityResources.Email().ToEntity());
        await store.SaveChangesAsync();
        log.LogInformation("Reference identity resources written");
    }
    catch (Exception failure)
    {
        log.LogCritical(failure, "Could not write reference data");
    }
}
