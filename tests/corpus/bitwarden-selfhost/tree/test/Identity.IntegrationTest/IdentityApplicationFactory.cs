namespace Vault.Identity.IntegrationTest;

public class IdentityApplicationFactory
{
    public static void ConfigureTestServices(IServiceCollection services)
    {
        services.AddIdentityServer().AddInMemoryPersistedGrants().AddDeveloperSigningCredential(false);
    }
}
