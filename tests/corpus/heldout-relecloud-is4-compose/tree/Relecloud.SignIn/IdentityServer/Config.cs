using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Models;

namespace Relecloud.SignIn
{
    public static class RelecloudClaims
    {
        public const string HomeRegion = "home_region";
    }

    public static class Config
    {
        public static IEnumerable<IdentityResource> GetIdentityResources()
        {
            var homeRegion = new IdentityResource(
                name: "home_region",
                displayName: "Home region",
                userClaims: new[] { RelecloudClaims.HomeRegion });

            return new IdentityResource[]
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
                new IdentityResources.Address(),
                homeRegion,
            };
        }

        public static IEnumerable<ApiScope> GetApiScopes()
        {
            return new[] { new ApiScope("relecloud.trips", "Relecloud trip booking API") };
        }

        public static IEnumerable<ApiResource> GetApiResources()
        {
            var tripsApi = new ApiResource(
                "relecloud.trips",
                "Relecloud Trips",
                new[] { RelecloudClaims.HomeRegion })
            {
                Scopes = { "relecloud.trips" },
                ApiSecrets = { new Secret("trips-api-secret".Sha256()) }
            };
            return new[] { tripsApi };
        }

        public static IEnumerable<Client> GetClients()
        {
            var travelApp = new Client
            {
                ClientId = "relecloud.travel.app",
                ClientName = "Relecloud Travel (mobile)",
                RequireClientSecret = false,
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                AllowOfflineAccess = true,
                AllowedScopes =
                {
                    IdentityServerConstants.StandardScopes.OpenId,
                    IdentityServerConstants.StandardScopes.Profile,
                    IdentityServerConstants.StandardScopes.Address,
                    RelecloudClaims.HomeRegion,
                    IdentityServerConstants.StandardScopes.OfflineAccess,
                    "relecloud.trips",
                },
                RequireConsent = false,
                RedirectUris = { "relecloudtravel://signin-callback" },
                PostLogoutRedirectUris = { "relecloudtravel://signout-callback" },
                UpdateAccessTokenClaimsOnRefresh = true,
                AllowAccessTokensViaBrowser = true,
            };
            return new[] { travelApp };
        }
    }
}
