using Duende.IdentityServer.Configuration;
using Kramerica.Identity.Api;
using Kramerica.Launchpad;

// Kramerica.Launchpad builds the WebApplication from the add-ins chained here, in this order,
// and registers nothing else on its own.
await new LaunchpadBuilder()
    .WithSerilog(line => Console.WriteLine($"serilog: {line}"))
    .WithExtraServices(host => host.Services
        .Configure<IdentityServerOptions>(ids => ids.IssuerUri = "http://identity.kramerica-infra:8080")
        .AddIdentityServer()
            .AddInMemoryApiScopes(IdentityCatalog.Scopes)
            .AddInMemoryClients(IdentityCatalog.Clients)
            .AddDeveloperSigningCredential())
    .WithAppPipeline(app => app.UseIdentityServer())
    .Build(args)
    .RunAsync();
