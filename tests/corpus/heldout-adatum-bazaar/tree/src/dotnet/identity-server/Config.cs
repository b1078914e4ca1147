using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Duende.IdentityServer.Models;
using Microsoft.Extensions.Configuration;
using Rsk.TokenExchange;
using Rsk.TokenExchange.Validators;

namespace Bazaar.Identity
{
    public static class Config
    {
        public static IEnumerable<IdentityResource> IdentityResources =>
            new IdentityResource[]
            {
                new IdentityResources.OpenId(),
                new IdentityResources.Profile(),
            };

        public static IEnumerable<ApiScope> ApiScopes =>
            new ApiScope[]
            {
                new ApiScope("orders.all"),
                new ApiScope("orders.read"),
                new ApiScope("orders.write"),
            };

        public static IEnumerable<ApiResource> ApiResources =>
            new List<ApiResource>
            {
                new ApiResource("orders-api", "Bazaar order APIs")
                {
                    Scopes = { "orders.all", "orders.read", "orders.write" }
                }
            };

        public static IEnumerable<Client> Clients(IConfiguration config)
        {
            var publicGatewayUrl = config.GetValue("PublicClientUrl", "https://shop.bazaar.local:5000");
            var internalGatewayUrl = config.GetValue("InternalClientUrl", "https://localhost:5000");

            return new Client[]
            {
                // the BFF gateway in front of the storefront
                new Client
                {
                    ClientId = "bff-gateway",
                    ClientSecrets = { new Secret("bff-gateway-secret".Sha256()) },

                    AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,

                    RedirectUris = { $"{internalGatewayUrl}/signin-oidc", $"{publicGatewayUrl}/signin-oidc" },
                    BackChannelLogoutUri = $"{internalGatewayUrl}/logout",
                    PostLogoutRedirectUris = { $"{internalGatewayUrl}/signout-callback-oidc" },

                    AllowOfflineAccess = true,
                    AllowedScopes = { "openid", "profile", "orders.all" }
                },
                // the order service, exchanging the user's token for a narrower one
                new Client
                {
                    ClientId = "orders-api",
                    ClientSecrets = new[] { new Secret("orders-api-secret".Sha256()) },
                    AllowedGrantTypes = new[] { "urn:ietf:params:oauth:grant-type:token-exchange" },
                    AllowedScopes = new[] { "orders.read", "orders.write" }
                }
            };
        }
    }

    public class OrdersTokenExchangeValidator : ITokenExchangeRequestValidator
    {
        private readonly ISubjectTokenValidator _subjectTokens;

        public OrdersTokenExchangeValidator(ISubjectTokenValidator subjectTokens)
        {
            _subjectTokens = subjectTokens ?? throw new ArgumentNullException(nameof(subjectTokens));
        }

        public async Task<ITokenExchangeValidationResult> Validate(ITokenExchangeRequest request)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));

            var result = await _subjectTokens.Validate(request.SubjectToken, request.SubjectTokenType);

            var audiences = result.Claims.Where(c => c.Type == "aud").ToList();
            var clientId = result.Claims.FirstOrDefault(c => c.Type == "client_id");
            if (audiences.All(a => a.Value != request.ClientId) && clientId?.Value != request.ClientId)
            {
                return TokenExchangeValidationResult.Failure("The caller is not an audience of the subject token");
            }

            return result.IsValid
                ? TokenExchangeValidationResult.Success(result.Claims)
                : TokenExchangeValidationResult.Failure("The subject token is not valid");
        }
    }
}
