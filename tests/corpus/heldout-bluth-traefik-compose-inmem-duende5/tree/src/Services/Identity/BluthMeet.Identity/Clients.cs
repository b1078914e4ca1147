using System.Collections.Generic;
using System.Security.Claims;
using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace BluthMeet.Identity
{
    public static class Clients
    {
        public static IEnumerable<IdentityResource> IdentityResources =>
            new IdentityResource[]
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResource { Name = "meet.user", UserClaims = { ClaimTypes.Role, ClaimTypes.Name } },
            };

        // The React app signs users in with the code flow; it is a public client.
        public static Client MeetingWebApp(string origin)
        {
            return new Client
            {
                ClientId = "bluthmeet-web",
                AllowedGrantTypes = GrantTypes.Code,
                RequireClientSecret = false,
                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    "meet.user",
                },
                RedirectUris = { $"{origin}/authentication/callback", $"{origin}/authentication/silent_callback" },
                PostLogoutRedirectUris = { $"{origin}/" },
                AllowedCorsOrigins = { origin },
            };
        }
    }
}
