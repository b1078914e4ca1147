using Duende.IdentityModel;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Test;

namespace Vance.Identity.Server.Setup;

// Bound from the "Vance:Identity" configuration section (appsettings or environment variables).
public sealed class IdentityConfig
{
    public const string SectionName = "Vance:Identity";

    public readonly IEnumerable<IdentityResource> IdentityResources =
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new(name: "ledger-user", userClaims: [JwtClaimTypes.Email])
    ];

    public string? IssuerUri { get; set; }

    public ApiScope[] ApiScopes { get; set; } = [];

    public Client[] Clients { get; set; } = [];

    public TestUser[] Users { get; set; } = [];
}
