using Azure.Identity;
using Duende.Bff;
using Duende.Bff.Yarp;
using Fincher.Accounts.Application.Configurations;
using Fincher.Accounts.Domain.Enums;
using Fincher.Accounts.Infrastructure.Caching;
using Fincher.Accounts.Infrastructure.Cors;
using Fincher.Accounts.Infrastructure.Identity;
using Fincher.Accounts.Infrastructure.Mailing;
using Fincher.Accounts.Infrastructure.Persistence;
using Fincher.Accounts.Infrastructure.Persistence.Initialization;
using FastEndpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fincher.Accounts.Infrastructure;

/// <summary>
/// Shared composition root: every presentation project calls AddInfrastructure with its HostKind
/// and gets the slice of services that belongs to it.
/// </summary>
public static class Startup
{
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services,
        ConfigurationManager config,
        IWebHostEnvironment environment,
        HostKind hostKind)
    {
        if (hostKind is HostKind.Bff)
        {
            return services.AddBffInfrastructure(config);
        }

        config.AddExternalSecretProviders();

        return services
            .Configure<IdentityServerData>(config.GetSection(nameof(IdentityServerData)))
            .Configure<SecretsConfiguration>(config.GetSection(nameof(SecretsConfiguration)))
            .AddCaching(config)
            .AddCorsPolicy(config)
            .AddMailing(config)
            .AddHealthChecks().Services
            .AddPersistence(config, hostKind)
            .AddDataProtection().Services
            .AddFincherIdentity(config, hostKind)
            .AddExternalLogins(config, hostKind)
            .AddFincherIdentityServer(config, hostKind)
            .AddRouting(options => options.LowercaseUrls = true);
    }

    private static IServiceCollection AddBffInfrastructure(this IServiceCollection services, ConfigurationManager config)
    {
        config.AddExternalSecretProviders();

        services.AddBff(options => config.GetSection(nameof(BffOptions)).Bind(options))
            .AddRemoteApis()
            .AddSessionPersistence(config);

        return services;
    }

    public static async Task InitializeDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>()
            .InitializeDatabasesAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    public static WebApplication UseInfrastructure(
        this WebApplication app,
        IConfiguration config,
        HostKind hostKind,
        Action<Config>? endpointsConfig = null)
    {
        if (hostKind is HostKind.Bff)
        {
            return app;
        }

        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCorsPolicy();
        app.UseAuthentication();
        if (hostKind is HostKind.IdentityServer)
        {
            app.UseIdentityServer();
        }

        app.UseAuthorization();
        app.UseFastEndpoints(endpointsConfig);

        return app;
    }

    public static IEndpointRouteBuilder MapInfrastructureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapControllers().RequireAuthorization();
        endpoints.MapHealthChecks("/api/health").RequireAuthorization();
        return endpoints;
    }

    // Layers Azure Key Vault over the JSON files when Configurations/security.json turns it on.
    private static ConfigurationManager AddExternalSecretProviders(this ConfigurationManager config)
    {
        var secrets = config.GetSection(nameof(SecretsConfiguration)).Get<SecretsConfiguration>();
        var vault = secrets?.AzureKeyVaultConfiguration;
        if (vault is null || !vault.Enabled)
        {
            return config;
        }

        try
        {
            config.AddAzureKeyVault(new Uri(vault.KeyVaultUrl), new DefaultAzureCredential());
        }
        catch (Exception e)
        {
            Console.WriteLine($"Azure Key Vault configuration failed. {e.Message}");
        }

        return config;
    }
}
