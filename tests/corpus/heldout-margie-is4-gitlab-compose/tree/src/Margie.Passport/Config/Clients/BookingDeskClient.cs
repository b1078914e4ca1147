using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;

namespace Margie.Passport.Config.Clients
{
    public class BookingDeskClient : Client
    {
        public BookingDeskClient()
        {
            ClientId = "booking-desk";
            ClientSecrets = new List<Secret> { new Secret("desk-secret".Sha256()) };
            AllowedGrantTypes = GrantTypes.Code;

            RedirectUris = new List<string> { "https://localhost:5002/signin-oidc" };
            PostLogoutRedirectUris = new List<string> { "https://localhost:5002/signout-callback-oidc" };

            AllowedScopes = new List<string>
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Email,
                IdentityServerConstants.StandardScopes.Profile,
                "itineraries.api",
            };
        }
    }
}
