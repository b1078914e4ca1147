using System.Collections.Generic;

using IdentityServer4.Models;

namespace Initrode.Seedwork.Security.IdentityServer
{
    public static class CustomApiResources
    {
        public static readonly ApiResource IdentityApi = Create("identity.api", "Initrode Identity API");

        public static readonly ApiResource CashierApi = Create("cashier.api", "Initrode Cashier API");

        private static ApiResource Create(string name, string displayName)
        {
            return new ApiResource(name, displayName, new[] { "role", "permission" })
            {
                // Introspection secret for reference tokens, shared by every API.
                ApiSecrets = new HashSet<Secret>
                {
                    new Secret("secret".Sha256())
                }
            };
        }
    }
}
