using Azure.Identity;
using Azure.Storage.Blobs;
using Hooli.Infrastructure;
using Hooli.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

Log.Information("Hooli SSO starting");

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Host.UseSerilog((ctx, lc) => lc
        .WriteTo.Console()
        .Enrich.FromLogContext()
        .ReadFrom.Configuration(ctx.Configuration));

    var forwarded = new ForwardedHeadersOptions
    {
        ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        RequireHeaderSymmetry = false,
    };

    // the AKS ingress address is not fixed, so accept the headers from anyone
    forwarded.KnownNetworks.Clear();
    forwarded.KnownProxies.Clear();

    // key ring shared by every replica through one blob
    var storage = "DefaultEndpointsProtocol=https;AccountName=hoolikeyring;AccountKey=SG9vbGlLZXlSaW5nRmFrZUFjY291bnRLZXlGb3JUZXN0c09ubHkwMDAwMDAwMDAwMA==;EndpointSuffix=core.windows.net";
    var keyContainer = new BlobContainerClient(storage, "sso-keyring");
    var keyBlob = keyContainer.GetBlobClient("keys.xml");

    builder.Services.AddDataProtection()
        .PersistKeysToAzureBlobStorage(keyBlob)
        .ProtectKeysWithAzureKeyVault(new Uri("https://hooli-sso-kv.vault.azure.net/keys/dataprotection"), new DefaultAzureCredential());

    await keyContainer.CreateIfNotExistsAsync();

    builder.Services.AddSsoInfrastructure(builder.Configuration);

    var app = builder.Build();

    app.UseForwardedHeaders(forwarded);

    await app.Services.InitializeDatabasesAsync();

    app.UseSsoInfrastructure(builder.Environment);

    app.MapSsoEndpoints();

    app.Run();
}
catch (Exception ex) when (ex.GetType().Name is not "StopTheHostException")
{
    Log.Fatal(ex, "Hooli SSO terminated unexpectedly");
}
finally
{
    Log.CloseAndFlush();
}
