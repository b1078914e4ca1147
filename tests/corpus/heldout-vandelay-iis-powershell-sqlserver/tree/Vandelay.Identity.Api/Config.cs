using System.Collections.Generic;
using IdentityServer4.Models;

namespace Vandelay.Identity.Api
{
    public static class Config
    {
        // only identity resources live in code; clients and API resources are registered
        // at install time through the management API and stored in SQL Server
        public static IEnumerable<IdentityResource> GetIdentityResources()
        {
            return new List<IdentityResource>
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResources.Email(),
                new IdentityResource("vandelayprofile", new[] { "groups", "role" })
            };
        }
    }

    public static class VandelayIdentityConstants
    {
        public const string CorsPolicyName = "VandelayCorsPolicy";
        public const string ManagementApiBasePath = "/api";
        public const string IdentityClientId = "vandelay-identity-client";

        public static class StorageProviders
        {
            public const string InMemory = "InMemory";
            public const string SqlServer = "SqlServer";
            public const string CouchDb = "CouchDb";
        }
    }
}
