using Duende.IdentityServer.Models;

namespace Kramerica.Identity.Api;

/// <summary>
/// The scopes and clients the Kramerica token service knows about.
/// </summary>
internal static class IdentityCatalog
{
    /// <summary>
    /// Gets the API scopes that can be requested.
    /// </summary>
    internal static IEnumerable<ApiScope> Scopes =>
    [
        new ApiScope("storefront", "Kramerica Storefront API"),
    ];

    /// <summary>
    /// Gets the registered clients.
    /// </summary>
    internal static IEnumerable<Client> Clients =>
    [
        new Client
        {
            ClientId = "storefront-caller",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("coffee-table-book".Sha256()) },
            AllowedScopes = { "storefront" },
        },
    ];
}
