using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.Azure.KeyVault;
using Microsoft.Azure.KeyVault.Models;
using Microsoft.Azure.Services.AppAuthentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Pawnee.Identity.Extensions
{
    public static class KeyVaultSigningExtensions
    {
        // Signs with the newest enabled version of a Key Vault certificate that is older than
        // rolloverHours; every enabled version is published for validation.
        public static IIdentityServerBuilder AddSigningCredentialFromAzureKeyVault(
            this IIdentityServerBuilder builder, string vaultUri, string certificateName, int rolloverHours)
        {
            var tokenProvider = new AzureServiceTokenProvider();
            var client = new KeyVaultClient(new KeyVaultClient.AuthenticationCallback(tokenProvider.KeyVaultTokenCallback));

            builder.Services.AddMemoryCache();
            builder.Services.AddSingleton<ISigningCredentialStore>(sp =>
                new VaultSigningCredentialStore(sp.GetRequiredService<IMemoryCache>(), client, vaultUri, certificateName, rolloverHours));
            builder.Services.AddSingleton<IValidationKeysStore>(sp =>
                new VaultValidationKeysStore(sp.GetRequiredService<IMemoryCache>(), client, vaultUri, certificateName));
            return builder;
        }
    }

    public abstract class VaultCertificateReader
    {
        protected VaultCertificateReader(KeyVaultClient client, string vaultUri, string certificateName)
        {
            Client = client;
            VaultUri = vaultUri;
            CertificateName = certificateName;
        }

        protected KeyVaultClient Client { get; }
        protected string VaultUri { get; }
        protected string CertificateName { get; }

        protected async Task<List<CertificateItem>> EnabledVersionsAsync()
        {
            var versions = await Client.GetCertificateVersionsAsync(VaultUri, CertificateName);
            return versions.Where(v => v.Attributes.Enabled == true)
                .OrderByDescending(v => v.Attributes.Created)
                .ToList();
        }

        protected async Task<SecurityKeyInfo> KeyInfoAsync(CertificateItem item)
        {
            var bundle = await Client.GetCertificateAsync(item.Identifier.Identifier);
            var secret = await Client.GetSecretAsync(bundle.SecretIdentifier.Identifier);
            var cert = new X509Certificate2(Convert.FromBase64String(secret.Value), (string?)null, X509KeyStorageFlags.MachineKeySet);
            return new SecurityKeyInfo { Key = new X509SecurityKey(cert), SigningAlgorithm = SecurityAlgorithms.RsaSha256 };
        }
    }

    public class VaultSigningCredentialStore : VaultCertificateReader, ISigningCredentialStore
    {
        private readonly IMemoryCache cache;
        private readonly int rolloverHours;

        public VaultSigningCredentialStore(IMemoryCache cache, KeyVaultClient client, string vaultUri, string certificateName, int rolloverHours)
            : base(client, vaultUri, certificateName)
        {
            this.cache = cache;
            this.rolloverHours = rolloverHours;
        }

        public async Task<SigningCredentials?> GetSigningCredentialsAsync()
        {
            if (cache.TryGetValue("signing", out SigningCredentials? cached))
            {
                return cached;
            }

            var versions = await EnabledVersionsAsync();
            if (!versions.Any())
            {
                return null;
            }

            var settled = versions.FirstOrDefault(v => v.Attributes.Created < DateTime.UtcNow.AddHours(-rolloverHours)) ?? versions.First();
            var info = await KeyInfoAsync(settled);
            var credentials = new SigningCredentials(info.Key, info.SigningAlgorithm);
            cache.Set("signing", credentials, DateTimeOffset.Now.AddDays(1));
            return credentials;
        }
    }

    public class VaultValidationKeysStore : VaultCertificateReader, IValidationKeysStore
    {
        private readonly IMemoryCache cache;

        public VaultValidationKeysStore(IMemoryCache cache, KeyVaultClient client, string vaultUri, string certificateName)
            : base(client, vaultUri, certificateName)
        {
            this.cache = cache;
        }

        public async Task<IEnumerable<SecurityKeyInfo>> GetValidationKeysAsync()
        {
            if (cache.TryGetValue("validation", out List<SecurityKeyInfo> cached))
            {
                return cached;
            }

            var keys = new List<SecurityKeyInfo>();
            foreach (var version in await EnabledVersionsAsync())
            {
                keys.Add(await KeyInfoAsync(version));
            }

            cache.Set("validation", keys, DateTimeOffset.Now.AddDays(1));
            return keys;
        }
    }
}
