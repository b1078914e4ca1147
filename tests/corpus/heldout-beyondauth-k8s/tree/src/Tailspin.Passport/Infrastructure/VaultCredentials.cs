using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using System.Security.Cryptography.X509Certificates;

namespace Tailspin.Passport
{
    /// <summary>Reads the vault address and service-principal settings the pod receives from its Secret.</summary>
    public static class VaultCredentials
    {
        public static string? VaultUri => Environment.GetEnvironmentVariable("PASSPORT_VAULT_URI");

        public static TokenCredential Resolve()
        {
            var appId = Environment.GetEnvironmentVariable("PASSPORT_SP_APP_ID");
            if (appId == null)
                return new DefaultAzureCredential();

            return new ClientSecretCredential(
                Environment.GetEnvironmentVariable("PASSPORT_SP_TENANT"),
                appId,
                Environment.GetEnvironmentVariable("PASSPORT_SP_SECRET"));
        }

        /// <summary>Downloads a certificate (with its private key) stored in the vault.</summary>
        public static X509Certificate2 LoadCertificate(string name)
        {
            var vault = new Uri(VaultUri!);
            var certificates = new CertificateClient(vault, Resolve());
            var secrets = new SecretClient(vault, Resolve());

            var secretId = new KeyVaultSecretIdentifier(certificates.GetCertificate(name).Value.SecretId);
            var pfx = secrets.GetSecret(secretId.Name, secretId.Version).Value.Value;
            return new X509Certificate2(Convert.FromBase64String(pfx));
        }
    }
}
