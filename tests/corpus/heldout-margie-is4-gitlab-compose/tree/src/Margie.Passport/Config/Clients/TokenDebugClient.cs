using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;

namespace Margie.Passport.Config.Clients
{
    public class TokenDebugClient : Client
    {
        public TokenDebugClient()
        {
            ClientId = "token-debug";
            ClientSecrets = new List<Secret> { new Secret("debug-secret".Sha256()) };
            AllowedGrantTypes = new List<string> { GrantType.Implicit };

            AllowedScopes = new List<string>
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Email,
                IdentityServerConstants.StandardScopes.Profile,
                "itineraries.api",
            };

            // third-party page that decodes the returned tokens
            RedirectUris = new List<string> { "https://tokenlens.margiestravel.net/debug" };

            AllowAccessTokensViaBrowser = true;
            AlwaysSendClientClaims = true;
            AlwaysIncludeUserClaimsInIdToken = true;
        }
    }
}
