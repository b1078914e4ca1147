using System.Collections.Generic;
using IdentityServer4.Models;

namespace Veridian.Security.Auth.Data
{
    // api resources
    public class SiliconData
    {
        private static readonly string[] UserClaims =
        {
            "userId", "userName", "userLabel", "personId",
            "firstName", "lastName", "fullName", "aliasName",
        };

        public IEnumerable<ApiResource> Load()
        {
            yield return new ApiResource("permissions", "Permissions")
            {
                UserClaims = new List<string>(UserClaims),
            };

            yield return new ApiResource
            {
                Name = "sandbox",
                DisplayName = "Sandbox (resource scope)",
                UserClaims = new List<string>(UserClaims),
                Scopes = new List<Scope>
                {
                    new Scope { Name = "sandbox.full", DisplayName = "Sandbox Permissions" },
                    new Scope { Name = "sandbox.read", DisplayName = "Sandbox Read" },
                    new Scope { Name = "sandbox.write", DisplayName = "Sandbox Write" },
                }
            };
        }
    }
}
