using System;
using Azure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Shared.Configuration.Helpers
{
    public class KeyRingProtectionSettings
    {
        public bool UseKeyVault { get; set; }
    }

    public class VaultSettings
    {
        public string Endpoint { get; set; }
        public string TenantId { get; set; }
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
        public bool UseClientSecret { get; set; }
        public string KeyRingKeyId { get; set; }
        public bool ReadSettingsFromVault { get; set; }
    }

    public static class StartupHelpers
    {
        public static void AddSharedKeyRing<TKeyDb>(this IServiceCollection services, IConfiguration configuration)
            where TKeyDb : DbContext, IDataProtectionKeyContext
        {
            services.AddSharedKeyRing<TKeyDb>(
                configuration.GetSection("KeyRingProtection").Get<KeyRingProtectionSettings>(),
                configuration.GetSection("Vault").Get<VaultSettings>());
        }

        public static void AddSharedKeyRing<TKeyDb>(this IServiceCollection services, KeyRingProtectionSettings protection, VaultSettings vault)
            where TKeyDb : DbContext, IDataProtectionKeyContext
        {
            var keyRing = services.AddDataProtection()
                .SetApplicationName("Contoso.Identity")
                .PersistKeysToDbContext<TKeyDb>();

            if (protection.UseKeyVault)
            {
                if (vault.UseClientSecret)
                {
                    keyRing.ProtectKeysWithAzureKeyVault(new Uri(vault.KeyRingKeyId),
                        new ClientSecretCredential(vault.TenantId, vault.ClientId, vault.ClientSecret));
                }
                else
                {
                    keyRing.ProtectKeysWithAzureKeyVault(new Uri(vault.KeyRingKeyId), new DefaultAzureCredential());
                }
            }
        }

        public static void AddVaultSettings(this IConfiguration configuration, IConfigurationBuilder builder)
        {
            var vault = configuration.GetSection("Vault").Get<VaultSettings>();
            if (vault != null && vault.ReadSettingsFromVault)
            {
                builder.AddAzureKeyVault(vault.Endpoint, vault.ClientId, vault.ClientSecret);
            }
        }
    }

    public sealed class VaultCertificateSet
    {
        public System.Security.Cryptography.X509Certificates.X509Certificate2 Current { get; set; }
        public System.Security.Cryptography.X509Certificates.X509Certificate2 Previous { get; set; }
    }

    public static class VaultCertificates
    {
        // fetches the signing certificate (and the one before it) from Key Vault
        public static System.Threading.Tasks.Task<VaultCertificateSet> LoadAsync(IConfiguration configuration)
            => throw new NotImplementedException();
    }
}
