using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Northwind.Kernel.Abstractions.Modules;
using Northwind.Modules.Accounts.Setup;

namespace Northwind.Modules.Accounts;

public sealed class AccountsModule : IAppModule
{
    public const string SectionName = "Accounts";

    public string Name => SectionName;

    public void RegisterServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        services.AddAccountUsers(configuration);

        // integration tests swap the token service for a fake JWT issuer
        if (!env.IsEnvironment("IntegrationTest"))
        {
            services.AddAccountsTokenServer();
        }
    }

    public async Task UseModuleAsync(IApplicationBuilder app, IConfiguration configuration, ILogger logger, IWebHostEnvironment env)
    {
        if (!env.IsEnvironment("IntegrationTest"))
        {
            app.UseIdentityServer();
        }

        await app.MigrateAccountsSchemaAsync(logger);
    }

    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/accounts/ping", () => Results.Ok(new { module = SectionName }));
    }
}
