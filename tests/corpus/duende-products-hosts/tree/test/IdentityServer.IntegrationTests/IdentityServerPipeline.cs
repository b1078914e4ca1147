namespace IdentityServer.IntegrationTests;

public class IdentityServerPipeline
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddIdentityServer(options => options.KeyManagement.Enabled = false)
            .AddInMemoryClients(Clients)
            .AddInMemoryPersistedGrants()
            .AddDeveloperSigningCredential(persistKey: false);
    }
}
