using System;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;

namespace CityPower.Infrastructure
{
    public static class KeyVaultExtensions
    {
        /// <summary>
        /// Adds the Key Vault named by Vault:Url as a configuration source,
        /// signing in with the service principal in Vault:TenantId/ClientId/Secret.
        /// </summary>
        public static void AddCityPowerKeyVault(this IConfigurationBuilder config)
        {
            var current = config.Build();

            var vaultUrl = Require(current["Vault:Url"], "Vault:Url");
            var tenantId = Require(current["Vault:TenantId"], "Vault:TenantId");
            var clientId = Require(current["Vault:ClientId"], "Vault:ClientId");
            var secret = Require(current["Vault:Secret"], "Vault:Secret");

            config.AddAzureKeyVault(new Uri(vaultUrl), new ClientSecretCredential(tenantId, clientId, secret));
        }

        /// <summary>
        /// Loads a certificate with its private key from Key Vault.
        /// </summary>
        public static X509Certificate2 LoadCertificate(IConfiguration config, string name)
        {
            var credential = new ClientSecretCredential(config["Vault:TenantId"], config["Vault:ClientId"], config["Vault:Secret"]);
            var vault = new Uri(config["Vault:Url"]);

            var certificates = new CertificateClient(vault, credential);
            var secrets = new SecretClient(vault, credential);

            KeyVaultCertificateWithPolicy certificate = certificates.GetCertificate(name);
            if (certificate.Policy?.Exportable != true)
                return new X509Certificate2(certificate.Cer);

            // the private key is stored as the secret behind the certificate
            var parts = certificate.SecretId.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            KeyVaultSecret pfx = secrets.GetSecret(parts[1], parts[2]);
            return new X509Certificate2(Convert.FromBase64String(pfx.Value));
        }

        private static string Require(string? value, string name)
        {
            if (string.IsNullOrEmpty(value))
                throw new InvalidOperationException($"{name} is not set");
            return value;
        }
    }
}
