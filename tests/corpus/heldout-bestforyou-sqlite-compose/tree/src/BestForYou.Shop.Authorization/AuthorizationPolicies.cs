using Microsoft.AspNetCore.Authorization;

namespace BestForYou.Shop.Authorization
{
    public static class AuthorizationPolicies
    {
        public static AuthorizationPolicy CanAddProduce() =>
            new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim("region", "north")
                .RequireRole("Admin")
                .Build();
    }
}
