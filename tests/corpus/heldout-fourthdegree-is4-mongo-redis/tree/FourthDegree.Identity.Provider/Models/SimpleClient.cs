using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using IdentityServer4.Models;

namespace FourthDegree.Identity.Provider.Models
{
    public class SimpleClient
    {
        public string ClientName { get; set; }
        public string Description { get; set; }
        public AccessTokenType AccessTokenType { get; set; }
        public int AccessTokenLifetime { get; set; } = 3600;
        public List<string> AllowedScopes { get; set; }
        public List<string> AllowedGrantTypes { get; set; }
    }

    public static class SimpleClientMapping
    {
        public static Client ToClient(this SimpleClient source) => new Client
        {
            ClientName = source.ClientName,
            Description = source.Description,
            AccessTokenType = source.AccessTokenType,
            AccessTokenLifetime = source.AccessTokenLifetime,
            AllowedScopes = source.AllowedScopes,
            AllowedGrantTypes = source.AllowedGrantTypes
        };
    }

    public class SimpleClientValidator : AbstractValidator<SimpleClient>
    {
        private static readonly string[] KnownGrantTypes =
        {
            GrantType.AuthorizationCode, GrantType.ClientCredentials, GrantType.DeviceFlow,
            GrantType.Hybrid, GrantType.Implicit, GrantType.ResourceOwnerPassword
        };

        public SimpleClientValidator()
        {
            RuleFor(c => c.ClientName).NotEmpty();
            RuleFor(c => c.Description).NotEmpty();
            RuleFor(c => c.AllowedScopes).NotEmpty();
            RuleFor(c => c.AllowedGrantTypes).NotEmpty()
                .Must(types => types.All(t => KnownGrantTypes.Contains(t.ToLowerInvariant())));
        }
    }
}
