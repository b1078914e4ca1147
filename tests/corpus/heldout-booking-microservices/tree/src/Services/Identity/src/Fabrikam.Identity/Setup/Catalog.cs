using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Fabrikam.Identity.Setup;

// Static resource and client definitions served from memory.
public static class Catalog
{
    public const string FlightsScope = "fabrikam-flights";
    public const string CrewScope = "fabrikam-crew";
    public const string ReservationsScope = "fabrikam-reservations";

    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email(),
    ];

    public static IEnumerable<ApiScope> ApiScopes =>
    [
        new(FlightsScope),
        new(CrewScope),
        new(ReservationsScope),
        new("role", ["role"]),
    ];

    public static IEnumerable<ApiResource> ApiResources =>
    [
        new(FlightsScope) { Scopes = { FlightsScope } },
        new(CrewScope) { Scopes = { CrewScope } },
        new(ReservationsScope) { Scopes = { ReservationsScope } },
    ];

    public static IEnumerable<Client> Clients =>
    [
        new()
        {
            ClientId = "fabrikam-mobile",
            AllowedGrantTypes = GrantTypes.ResourceOwnerPassword,
            ClientSecrets = { new Secret("runway-kilo-77".Sha256()) },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "role",
                FlightsScope,
                CrewScope,
                ReservationsScope,
            },
            AccessTokenLifetime = 3600,
            IdentityTokenLifetime = 3600,
            AlwaysIncludeUserClaimsInIdToken = true,
        },
    ];
}
