using System;
using System.Collections.Generic;
using System.Linq;
using Duende.IdentityServer.Configuration;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Northwind.Identity.Provider.Stores;

namespace Northwind.Identity.Provider.Config;

/// <summary>
/// Registers Duende IdentityServer with the Northwind database-backed stores.
/// </summary>
public static class IdentityServerSetup
{
    public static IServiceCollection AddIdentityEssentials(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Identity").Get<IdentitySettings>() ?? new IdentitySettings();
        services.AddSingleton(settings);

        // clients that exist in every installation; everything else comes from the database
        services.AddSingleton(new BuiltInClients(CreateBuiltInClients(settings)));

        var configureServer = new Action<IdentityServerOptions>(server =>
        {
            server.UserInteraction.LoginUrl = settings.SignInPath;
            server.UserInteraction.LoginReturnUrlParameter = "next";
            server.UserInteraction.LogoutUrl = settings.SignOutPath;
            server.UserInteraction.ErrorUrl = settings.ErrorPath;
            server.Discovery.ShowClaims = false;
            server.Discovery.ShowApiScopes = false;
            server.Discovery.ShowGrantTypes = false;
            server.KeyManagement.Enabled = true;
            server.KeyManagement.RotationInterval = TimeSpan.FromDays(60);
            server.KeyManagement.PropagationTime = TimeSpan.FromDays(10);
            server.KeyManagement.RetentionDuration = TimeSpan.FromDays(21);
            server.KeyManagement.DataProtectKeys = true;
        });

        services.AddSingleton<ICorsPolicyService>(provider =>
            new DefaultCorsPolicyService(provider.GetRequiredService<ILogger<DefaultCorsPolicyService>>()));

        return services.AddIdentityServer(configureServer)
            .AddInMemoryIdentityResources(IdentityResourcesList())
            .AddInMemoryApiScopes(ApiScopesList())
            .AddKeyManagement()
            .AddClientStore<HybridClientStore>()
            .AddPersistedGrantStore<DbPersistedGrantStore>()
            .AddSigningKeyStore<DbSigningKeyStore>()
            .Services;
    }

    private static IEnumerable<IdentityResource> IdentityResourcesList() => new IdentityResource[]
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Email(),
        new IdentityResources.Profile()
    };

    private static IEnumerable<ApiScope> ApiScopesList() => new[]
    {
        new ApiScope("northwind.api"),
        new ApiScope("northwind.internal")
    };

    private static IEnumerable<Client> CreateBuiltInClients(IdentitySettings settings)
    {
        var clients = new List<Client>();

        var service = settings.ServiceClient;
        if (service?.ClientId is not null && service.ClientSecret is not null)
        {
            clients.Add(new Client
            {
                ClientId = service.ClientId,
                ClientSecrets = { new Secret(service.ClientSecret.Sha256()) },
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                AccessTokenLifetime = service.AccessTokenSeconds ?? (int)TimeSpan.FromMinutes(10).TotalSeconds,
                AllowedScopes = { "northwind.internal", "northwind.api" }
            });
        }

        var browser = settings.BrowserClient;
        if (browser?.ClientId is not null)
        {
            var hosts = Split(browser.RedirectHosts);

            clients.Add(new Client
            {
                ClientId = browser.ClientId,
                RequireClientSecret = false,
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                AllowedScopes = { "openid", "email", "profile", "northwind.api" },
                RedirectUris = Combine(hosts, Split(browser.RedirectPaths)),
                PostLogoutRedirectUris = Combine(hosts, Split(browser.PostLogoutRedirectPaths)),
                AllowOfflineAccess = true,
                RefreshTokenUsage = TokenUsage.ReUse,
                RefreshTokenExpiration = TokenExpiration.Sliding,
                SlidingRefreshTokenLifetime = browser.SlidingRefreshSeconds ?? (int)TimeSpan.FromDays(14).TotalSeconds,
                AccessTokenLifetime = browser.AccessTokenSeconds ?? (int)TimeSpan.FromMinutes(15).TotalSeconds
            });
        }

        return clients;
    }

    private static string[] Split(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> Combine(IEnumerable<string> hosts, IEnumerable<string> paths) =>
        hosts.SelectMany(host => paths.Select(path => new UriBuilder(host) { Path = path }.ToString())).ToList();
}
