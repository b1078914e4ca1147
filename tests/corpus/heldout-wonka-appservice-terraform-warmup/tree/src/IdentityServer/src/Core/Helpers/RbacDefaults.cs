using IdentityModel;

namespace Wonka.IdentityServer.Core.Helpers;

public static class RbacDefaults
{
    public const string Scope = "roles";
    public const string RoleClaim = JwtClaimTypes.Role;
}
