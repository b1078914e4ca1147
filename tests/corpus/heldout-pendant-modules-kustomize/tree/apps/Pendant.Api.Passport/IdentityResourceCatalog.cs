using IdentityModel;
using IdentityServer4.Models;

namespace Pendant.Passport;

public static class IdentityResourceCatalog
{
    public static IEnumerable<IdentityResource> All => new IdentityResource[]
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email(),
        new IdentityResource("roles", new[] { JwtClaimTypes.Role })
    };
}
