// The documents in the Client, ApiResource and ApiScope collections were created from
// this class. It no longer compiles into the host: the live definitions are read from
// MongoDB by MongoClientStore and MongoResourceStore.
//
// using System.Collections.Generic;
// using IdentityServer4;
// using IdentityServer4.Models;
// using Microsoft.Extensions.Configuration;
//
// namespace Stark.IdentityServer
// {
//     internal class Config
//     {
//         private readonly IConfiguration _configuration;
//
//         public Config(IConfiguration configuration) => _configuration = configuration;
//
//         public IEnumerable<Client> Clients => new List<Client>
//         {
//             new Client
//             {
//                 ClientId = "stark_web",
//                 ClientName = "Stark Gifts Web",
//                 ClientSecrets = { new Secret("4f1c9e2a-7b3d-4e8f-a6c1-0d2b5e9f8a37".Sha256()) },
//                 AllowedGrantTypes = GrantTypes.Code,
//                 RequireConsent = false,
//                 RedirectUris = { $"{_configuration["ClientUrls:StarkWeb"]}/signin-oidc" },
//                 PostLogoutRedirectUris = { $"{_configuration["ClientUrls:StarkWeb"]}/signout-callback-oidc" },
//                 AllowAccessTokensViaBrowser = true,
//                 AccessTokenLifetime = 3600,
//                 AllowOfflineAccess = true,
//                 AllowedCorsOrigins = { _configuration["ClientUrls:StarkWeb"] },
//                 AllowedScopes =
//                 {
//                     IdentityServerConstants.StandardScopes.OpenId,
//                     IdentityServerConstants.StandardScopes.Profile,
//                     IdentityServerConstants.StandardScopes.Email,
//                     "stark_api.read",
//                     "stark_api.write"
//                 }
//             }
//         };
//
//         public IEnumerable<ApiScope> ApiScopes => new List<ApiScope>
//         {
//             new ApiScope("stark_api.read", "Read the gifting API"),
//             new ApiScope("stark_api.write", "Change data through the gifting API")
//         };
//     }
// }
