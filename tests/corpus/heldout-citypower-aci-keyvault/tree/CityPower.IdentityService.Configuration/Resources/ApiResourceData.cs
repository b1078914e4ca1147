using System.Collections.Generic;
using Duende.IdentityServer.Models;

namespace CityPower.IdentityService.Configuration.Resources
{
    public static class ApiResourceData
    {
        public static IEnumerable<ApiResource> Resources()
        {
            return new[]
            {
                new ApiResource
                {
                    Name = "billingapi",
                    ApiSecrets = new List<Secret> { new Secret("billing-api-secret".Sha256()) },
                    Scopes = new List<string> { "billing" },
                    UserClaims = new List<string> { "accountnumber", "tariff", "admin" }
                }
            };
        }
    }
}
