using System.Collections.Generic;
using Duende.IdentityServer.Models;

namespace CityPower.IdentityService.Configuration.Resources
{
    public static class ApiScopeData
    {
        public static IEnumerable<ApiScope> Resources()
        {
            return new[]
            {
                new ApiScope("billing", new List<string> { "accountnumber", "tariff", "admin" })
            };
        }
    }
}
