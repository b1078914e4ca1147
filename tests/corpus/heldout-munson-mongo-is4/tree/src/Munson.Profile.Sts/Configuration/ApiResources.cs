using System.Collections.Generic;
using IdentityServer4.Models;

namespace Munson.Profile.Sts.Configuration
{
    public static class ApiResources
    {
        public static IEnumerable<ApiResource> Get()
        {
            return new List<ApiResource>
            {
                new ApiResource("orders.api", "Pickle orders API")
                {
                    ApiSecrets = { new Secret("brine-api-secret".Sha256()) },
                    UserClaims = { "role", "orders.admin" }
                }
            };
        }
    }
}
