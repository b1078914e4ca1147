using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Microsoft.Extensions.Configuration;
using Tailwind.Identity.Shared.Configuration.Configuration.Common;

namespace Tailwind.Identity.Shared.Configuration.Helpers
{
    public static class DockerHelpers
    {
        public static void ApplyDockerConfiguration(IConfiguration configuration)
        {
            var docker = configuration.GetSection(nameof(DockerConfiguration)).Get<DockerConfiguration>();

            if (docker != null && docker.UpdateCaCertificate)
            {
                Process.Start("update-ca-certificates")?.WaitForExit();
            }
        }
    }

    public static class AzureKeyVaultHelpers
    {
        public static async Task<(X509Certificate2 ActiveCertificate, X509Certificate2 SecondaryCertificate)> GetCertificates(AzureKeyVaultConfiguration keyVault)
        {
            var client = new CertificateClient(new System.Uri(keyVault.AzureKeyVaultEndpoint), new DefaultAzureCredential());
            var current = await client.DownloadCertificateAsync(keyVault.IdentityServerCertificateName);
            return (current.Value, null);
        }
    }
}
