using IdentityModel;
using IdentityServer8.Models;

namespace IdentityServer.Infrastructure.Common
{
    internal static class ResourceStore
    {
        public static IEnumerable<IdentityResource> GetIdentityResources() => new[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResources.Email(),
            new IdentityResource { Name = "roles", DisplayName = "Roles", UserClaims = { JwtClaimTypes.Role } }
        };

        public static IEnumerable<ApiResource> GetApiResources() => new[]
        {
            new ApiResource { Name = "app.payroll", Scopes = new[] { "app.payroll" }, UserClaims = new[] { JwtClaimTypes.Role } },
            new ApiResource { Name = "app.timesheets", Scopes = new[] { "app.timesheets" }, UserClaims = new[] { JwtClaimTypes.Role } }
        };
    }
}
