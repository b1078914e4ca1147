using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Sts.IntegrationTests;

public static class TestServerFactory
{
    // An in-memory token service for tests only: no stores, no data protection.
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddIdentityServer()
            .AddInMemoryClients(new List<Duende.IdentityServer.Models.Client>())
            .AddInMemoryPersistedGrants()
            .AddDeveloperSigningCredential();
        var app = builder.Build();
        app.UseIdentityServer();
        return app;
    }
}
