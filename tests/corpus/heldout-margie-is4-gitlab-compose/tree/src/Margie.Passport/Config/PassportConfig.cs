using System.Collections.Generic;
using IdentityServer4.Models;
using Margie.Passport.Config.Clients;

namespace Margie.Passport.Config
{
    public static class PassportConfig
    {
        public static IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Email(),
            new IdentityResources.Profile(),
        };

        public static IEnumerable<ApiScope> ApiScopes => new[]
        {
            new ApiScope("itineraries.api", "Itineraries API"),
        };

        public static IEnumerable<Client> Clients => new Client[]
        {
            new TokenDebugClient(),
            new PartnerFeedClient(),
            new BookingDeskClient(),
        };
    }
}
