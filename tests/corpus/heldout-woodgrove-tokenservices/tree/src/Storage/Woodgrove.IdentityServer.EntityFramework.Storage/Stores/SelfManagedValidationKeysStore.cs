using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Duende.IdentityServer;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using Duende.IdentityServer.Stores;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Woodgrove.IdentityServer.EntityFramework.Storage.Models;
using Woodgrove.IdentityServer.EntityFramework.Storage.Services;

namespace Woodgrove.IdentityServer.EntityFramework.Storage.Models
{
    public class SelfManagedCertificatesOptions
    {
        public string Password { get; set; }
        public bool Enabled { get; set; }
    }
}

namespace Woodgrove.IdentityServer.EntityFramework.Storage.Stores
{
    // Reads the tenant's ECDsa certificates (PFX, base64) from the main database and
    // signs with the newest one whose NotBefore has passed; older ones stay published for validation.
    public class SelfManagedValidationKeysStore : IValidationKeysStore, IKeyMaterialService
    {
        private readonly IAdminServices _adminServices;
        private readonly ITenantRequestContext _tenant;
        private readonly SelfManagedCertificatesOptions _options;

        public SelfManagedValidationKeysStore(
            IAdminServices adminServices,
            ITenantRequestContext tenant,
            IOptions<SelfManagedCertificatesOptions> options)
        {
            _adminServices = adminServices;
            _tenant = tenant;
            _options = options.Value;
        }

        private async Task<List<(DateTime NotBefore, SigningCredentials Credentials)>> LoadAsync()
        {
            var now = DateTime.UtcNow;
            var rows = await _adminServices.GetAllCertificatesAsync(_tenant.TenantName, "ECDsa", now.AddMonths(-9), now.AddMonths(12));
            var list = new List<(DateTime, SigningCredentials)>();
            foreach (var row in rows)
            {
                var cert = new X509Certificate2(Convert.FromBase64String(row.PfxBase64), _options.Password);
                var key = new ECDsaSecurityKey(cert.GetECDsaPrivateKey()) { KeyId = row.Id.ToString("N") };
                list.Add((row.NotBefore, new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256)));
            }
            return list;
        }

        public async Task<IEnumerable<SecurityKeyInfo>> GetValidationKeysAsync()
        {
            var keys = await LoadAsync();
            return keys.Select(k => new SecurityKeyInfo { Key = k.Credentials.Key, SigningAlgorithm = k.Credentials.Algorithm });
        }

        public async Task<SigningCredentials> GetSigningCredentialsAsync(IEnumerable<string> allowedAlgorithms = null)
        {
            var now = DateTime.UtcNow;
            var keys = await LoadAsync();
            return keys.Where(k => k.NotBefore < now).OrderByDescending(k => k.NotBefore).First().Credentials;
        }

        public async Task<IEnumerable<SigningCredentials>> GetAllSigningCredentialsAsync()
        {
            var keys = await LoadAsync();
            return keys.Select(k => k.Credentials);
        }
    }
}
