using Microsoft.Extensions.DependencyInjection;
using Northwind.Modules.Accounts.Data;

namespace Northwind.Modules.Accounts.Setup;

public static class TokenServerSetup
{
    public static IServiceCollection AddAccountsTokenServer(this IServiceCollection services)
    {
        services.AddIdentityServer(options =>
            {
                options.Events.RaiseSuccessEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
            })
            // writes tempkey.jwk into the content root on first start
            .AddDeveloperSigningCredential()
            .AddInMemoryIdentityResources(TokenServerCatalog.IdentityResources)
            .AddInMemoryApiScopes(TokenServerCatalog.Scopes)
            .AddInMemoryApiResources(TokenServerCatalog.Apis)
            .AddInMemoryClients(TokenServerCatalog.Clients)
            .AddAspNetIdentity<EaterAccount>();

        return services;
    }
}
