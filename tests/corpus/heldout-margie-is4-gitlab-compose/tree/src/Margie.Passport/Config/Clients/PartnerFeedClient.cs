using System.Collections.Generic;
using IdentityServer4.Models;

namespace Margie.Passport.Config.Clients
{
    public class PartnerFeedClient : Client
    {
        public PartnerFeedClient()
        {
            ClientId = "partner-feed";
            ClientSecrets = new List<Secret> { new Secret("feed-secret".Sha256()) };
            AllowedGrantTypes = GrantTypes.ClientCredentials;
            AllowedScopes = new List<string> { "itineraries.api" };
        }
    }
}
