using System.Collections.Generic;
using IdentityServer4.Models;

namespace Weyland.Relay.Identity
{
    public static class Resources
    {
        public static IEnumerable<IdentityResource> IdentityResources() => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile(),
            new IdentityResources.Email(),
        };

        public static IEnumerable<ApiScope> ApiScopes() => new[] { new ApiScope("api") };
    }
}
