using IdentityServer4.Models;
using System.Security.Claims;

namespace Tyrell.Services.IdentityService;

public static class Config
{
    // assigned by ClientConfigurationSeeder before the lists are read
    public static IConfiguration? Configuration { get; set; }

    public static List<IdentityResource> IdentityResources => new()
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResource("role", "Your roles", new[] { ClaimTypes.Role })
    };

    public static List<ApiScope> ApiScopes => new()
    {
        new ApiScope("WebBff.fullaccess"),
        new ApiScope("AddressService.fullaccess"),
        new ApiScope("CustomerService.fullaccess"),
        new ApiScope("CustomerService.createaccount"),
        new ApiScope("CustomerService.resetpassword"),
        new ApiScope("OrderService.fullaccess"),
        new ApiScope("PartsService.fullaccess")
    };

    public static List<ApiResource> ApiResources => new()
    {
        new ApiResource("WebBff", "Web BFF", new[] { ClaimTypes.Role }) { Scopes = { "WebBff.fullaccess" } },
        new ApiResource("AddressService", "Address Service", new[] { ClaimTypes.Role }) { Scopes = { "AddressService.fullaccess" } },
        new ApiResource("CustomerService", "Customer Service", new[] { ClaimTypes.Role })
        {
            Scopes = { "CustomerService.fullaccess", "CustomerService.createaccount", "CustomerService.resetpassword" }
        },
        new ApiResource("OrderService", "Order Service", new[] { ClaimTypes.Role }) { Scopes = { "OrderService.fullaccess" } },
        new ApiResource("PartsService", "Parts Service", new[] { ClaimTypes.Role }) { Scopes = { "PartsService.fullaccess" } }
    };

    public static List<Client> Clients => new()
    {
        new Client
        {
            ClientId = Configuration!["Clients:TyrellMvcClient:ClientId"],
            ClientName = "Tyrell Motors storefront",
            ClientSecrets = { new Secret(Configuration!["Clients:TyrellMvcClient:ClientSecret"].Sha256()) },
            AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
            RedirectUris = { $"{Configuration!["Clients:TyrellMvcClient:Url"]}/signin-oidc" },
            PostLogoutRedirectUris = { $"{Configuration!["Clients:TyrellMvcClient:Url"]}/signout-callback-oidc" },
            AlwaysSendClientClaims = true,
            AllowOfflineAccess = true,
            AllowedScopes =
            {
                "openid", "profile", "role",
                "WebBff.fullaccess",
                "CustomerService.createaccount",
                "CustomerService.resetpassword"
            }
        },
        new Client
        {
            ClientId = Configuration!["Clients:TyrellWebBffClient:ClientId"],
            ClientName = "Tyrell web BFF to downstream services",
            ClientSecrets = { new Secret(Configuration!["Clients:TyrellWebBffClient:ClientSecret"].Sha256()) },
            AllowedGrantTypes = { "urn:ietf:params:oauth:grant-type:token-exchange" },
            AllowedScopes =
            {
                "openid", "profile", "role",
                "AddressService.fullaccess",
                "CustomerService.fullaccess",
                "OrderService.fullaccess",
                "PartsService.fullaccess"
            }
        }
    };
}
