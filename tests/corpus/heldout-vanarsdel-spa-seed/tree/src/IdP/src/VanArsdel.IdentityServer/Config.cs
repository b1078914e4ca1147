using System.Collections.Generic;
using System.Linq;
using IdentityServer4.Models;
using VanArsdel.Identity.Shared;
using Microsoft.Extensions.Configuration;

namespace VanArsdel.IdentityServer
{
    public static class Config
    {
        public static IEnumerable<IdentityResource> GetIdentityResources()
        {
            return new List<IdentityResource>
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResources.Email()
            };
        }

        public static IEnumerable<ApiResource> GetApiResources()
        {
            return new List<ApiResource>
            {
                new ApiResource("catalog", "Furniture Catalog API"),
                new ApiResource("orders", "Orders API"),
                new ApiResource("showrooms", "Showrooms API"),
                new ApiResource("deliveries", "Deliveries API"),
                new ApiResource("users", "User Management")
            };
        }

        // Clients come from the Identity:Clients array of the loaded configuration.
        public static IEnumerable<Client> GetClients(IConfigurationRoot configuration)
        {
            return configuration.GetSection("Identity:Clients")
                .GetChildren()
                .Select(ClientFactory.ClientFromSection)
                .ToList();
        }
    }
}
