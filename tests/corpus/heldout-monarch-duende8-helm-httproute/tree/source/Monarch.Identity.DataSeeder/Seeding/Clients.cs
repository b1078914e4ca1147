using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Monarch.Identity.DataSeeder.Seeding;

internal static class Clients
{
    // SHA-256 hashes copied from the old database so existing clients keep their credentials
    private const string LegacySecretA = "p3QhX0v9m2aLr8yUe5TnB1cKw7sJf4gZd6oHi0qVxRk=";
    private const string LegacySecretB = "Yt8nR2wLq5eKs0dVb3mFh7cXz1pGj9aUo4iNy6lTrEw=";

    // cleartext secret of the client the Playwright API suite uses
    public const string AdminTestsSecret = "local-tests-only-do-not-deploy";

    private static Secret Hashed(string hash) => new(hash) { Type = IdentityServerConstants.SecretTypes.SharedSecret };

    public static IEnumerable<Client> All(string adminFrontendSecret) =>
    [
        new Client
        {
            ClientId = "client",
            AllowedGrantTypes = { GrantType.AuthorizationCode, GrantType.ClientCredentials },
            RequireConsent = true,
            ClientSecrets = { Hashed(LegacySecretA) },
            RedirectUris = { "https://developer.monarch-id.net" },
            AllowedScopes = { "openid", "profile", "email", "identity.api" },
            AllowOfflineAccess = true,
        },
        new Client
        {
            ClientId = "postman.client",
            AllowedGrantTypes = { GrantType.AuthorizationCode },
            AllowAccessTokensViaBrowser = true,
            ClientSecrets = { Hashed(LegacySecretB) },
            RedirectUris = { "http://localhost:1234" },
            AllowedScopes = { "openid", "profile", "identity.api" },
            AllowOfflineAccess = true,
        },
        new Client
        {
            ClientId = "identity.admin.frontend",
            ClientName = "Identity Admin Frontend",
            AllowedGrantTypes = { GrantType.AuthorizationCode },
            RequirePkce = true,
            RequireConsent = false,
            ClientSecrets = { Hashed(adminFrontendSecret.Sha256()) },
            RedirectUris = { "https://localhost:7041/.auth/login/callback", "http://localhost:7040/.auth/login/callback" },
            PostLogoutRedirectUris = { "https://localhost:7041/.auth/end-session/callback" },
            AllowedScopes = { "openid", "profile", "email", "roles", "identity:admin:read", "identity:admin:write" },
            AllowOfflineAccess = true,
        },
        new Client
        {
            ClientId = "identity.admin.tests",
            AllowedGrantTypes = { GrantType.ClientCredentials },
            ClientSecrets = { Hashed(AdminTestsSecret.Sha256()) },
            AllowedScopes = { "identity:admin:read", "identity:admin:write" },
        },
    ];
}
