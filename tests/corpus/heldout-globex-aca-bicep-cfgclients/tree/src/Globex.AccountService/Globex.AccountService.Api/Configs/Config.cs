using Duende.IdentityServer.Models;

namespace Globex.AccountService.Api.Configs;

public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
    ];

    public static IEnumerable<ApiScope> ApiScopes =>
    [
        new ApiScope("account.fullaccess", "Account API") { UserClaims = { "sub", "name", "email", "role" } },
        new ApiScope("catalog.fullaccess", "Catalog API") { UserClaims = { "sub", "name", "email", "role" } },
        new ApiScope("order.fullaccess", "Order API") { UserClaims = { "sub", "name", "email", "role" } },
        new ApiScope("media.fullaccess", "Media API") { UserClaims = { "sub", "name", "email", "role" } },
    ];

    public static IEnumerable<ApiResource> ApiResources =>
    [
        new ApiResource("account", "Account API") { Scopes = { "account.fullaccess" } },
        new ApiResource("catalog", "Catalog API") { Scopes = { "catalog.fullaccess" } },
        new ApiResource("order", "Order API") { Scopes = { "order.fullaccess" } },
        new ApiResource("media", "Media API") { Scopes = { "media.fullaccess" } },
    ];

    /// <summary>
    /// Builds the three SPA clients from the "Clients" section (appsettings.json,
    /// overridden per environment by Clients__name__Key environment variables).
    /// </summary>
    public static IEnumerable<Client> GetClients(IConfiguration configuration)
    {
        var section = configuration.GetSection("Clients");
        var clients = new List<Client>();

        foreach (var name in new[] { "backoffice", "merchanthub", "shopfront" })
        {
            var cfg = section.GetSection(name).Get<ClientConfig>();
            if (cfg is not null)
                clients.Add(ToClient(cfg));
        }

        return clients;
    }

    private static Client ToClient(ClientConfig cfg)
    {
        var scopes = cfg.AllowedScopes.Concat(["openid", "profile"]).ToList();

        var client = new Client
        {
            ClientId = cfg.ClientId,
            ClientName = cfg.ClientName,
            ClientUri = cfg.ClientUri,
            ClientSecrets = string.IsNullOrEmpty(cfg.ClientSecret) ? [] : [new Secret(cfg.ClientSecret.Sha256())],
            RequireClientSecret = cfg.RequireClientSecret,
            AllowedGrantTypes = cfg.AllowedGrantTypes.Count > 0 ? cfg.AllowedGrantTypes : ["authorization_code"],
            AllowAccessTokensViaBrowser = cfg.AllowAccessTokensViaBrowser,
            RequireConsent = cfg.RequireConsent,
            RequirePkce = cfg.RequirePkce,
            AllowOfflineAccess = cfg.AllowOfflineAccess,
            AlwaysIncludeUserClaimsInIdToken = cfg.AlwaysIncludeUserClaimsInIdToken,
            UpdateAccessTokenClaimsOnRefresh = true,
            RedirectUris = cfg.RedirectUris,
            PostLogoutRedirectUris = cfg.PostLogoutRedirectUris,
            AllowedCorsOrigins = cfg.AllowedCorsOrigins,
            AccessTokenLifetime = cfg.AccessTokenLifetime,
            IdentityTokenLifetime = cfg.IdentityTokenLifetime,
        };

        if (cfg.AllowOfflineAccess)
        {
            scopes.Add("offline_access");

            client.RefreshTokenUsage = string.Equals(cfg.RefreshTokenUsage, "ReUse", StringComparison.OrdinalIgnoreCase)
                ? TokenUsage.ReUse
                : TokenUsage.OneTimeOnly;
            client.RefreshTokenExpiration = TokenExpiration.Sliding;

            if (cfg.AbsoluteRefreshTokenLifetime is > 0)
                client.AbsoluteRefreshTokenLifetime = cfg.AbsoluteRefreshTokenLifetime.Value;
            if (cfg.SlidingRefreshTokenLifetime is > 0)
                client.SlidingRefreshTokenLifetime = cfg.SlidingRefreshTokenLifetime.Value;
        }

        client.AllowedScopes = scopes.Distinct().ToList();
        return client;
    }
}
