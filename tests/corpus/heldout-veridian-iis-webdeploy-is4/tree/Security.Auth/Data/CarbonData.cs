using System.Collections.Generic;
using IdentityServer4.Models;

namespace Veridian.Security.Auth.Data
{
    // identity resources
    public class CarbonData
    {
        private static readonly string[] ProfileClaims =
        {
            "userId", "userName", "userLabel", "personId", "firstName",
            "lastName", "fullName", "aliasName", "email", "role", "grant",
        };

        public IEnumerable<IdentityResource> Load()
        {
            yield return new IdentityResources.OpenId();
            yield return new IdentityResources.Email();
            yield return new IdentityResources.Phone();
            yield return new IdentityResource
            {
                Name = "profile",
                DisplayName = "User profile",
                Description = "Your profile information (first name, last name, ...)",
                Emphasize = true,
                UserClaims = new List<string>(ProfileClaims),
            };
            yield return new IdentityResource
            {
                Name = "roles",
                DisplayName = "Roles",
                Description = "Role and grant claims",
                Emphasize = true,
                UserClaims = new List<string> { "role", "grant" },
            };
        }
    }
}
