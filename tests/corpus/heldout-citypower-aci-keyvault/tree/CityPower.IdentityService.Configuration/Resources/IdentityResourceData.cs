using Duende.IdentityServer.Models;
using System.Collections.Generic;

namespace CityPower.IdentityService.Configuration.Resources
{
    public static class IdentityResourceData
    {
        public static IEnumerable<IdentityResource> Resources()
        {
            return new IdentityResource[]
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResources.Email(),
                new IdentityResource(name: "customer", userClaims: new[] { "accountnumber", "customertype" })
            };
        }
    }
}
