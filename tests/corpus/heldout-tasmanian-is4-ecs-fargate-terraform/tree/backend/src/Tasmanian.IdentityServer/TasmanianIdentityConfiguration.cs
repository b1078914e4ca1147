using System.Collections.Generic;
using System.Linq;
using IdentityServer4.Models;
using Microsoft.Extensions.Configuration;
using Tasmanian.IdentityServer.Models;

namespace Tasmanian.IdentityServer
{
    public interface ITasmanianIdentityConfiguration
    {
        IEnumerable<IdentityResource> IdentityResources { get; }
        IEnumerable<Client> Clients { get; }
        IEnumerable<ApiResource> ProtectedApis();
    }

    // Clients and API resources are not written in code: they are bound from the
    // "OidcClients" and "ProtectedApis" sections of the configuration.
    public class TasmanianIdentityConfiguration : ITasmanianIdentityConfiguration
    {
        private readonly IConfiguration _configuration;
        private readonly List<Client> _clients = new List<Client>();

        public TasmanianIdentityConfiguration(IConfiguration configuration)
        {
            _configuration = configuration;
            configuration.GetSection("OidcClients").Bind(_clients);
        }

        public IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Email(),
        };

        public IEnumerable<Client> Clients => _clients;

        public IEnumerable<ApiResource> ProtectedApis()
        {
            var settings = new List<ProtectedApiSettings>();
            _configuration.GetSection("ProtectedApis").Bind(settings);

            return settings.Select(api => new ApiResource(api.Name, api.UserClaims)
            {
                ApiSecrets = new List<Secret> { new Secret(api.Secret.Sha256()) }
            }).ToList();
        }
    }
}
