using Microsoft.AspNetCore.DataProtection;
using Microsoft.Azure.KeyVault;
using Microsoft.Azure.Services.AppAuthentication;
using Microsoft.Azure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Pawnee.Infrastructure.Services
{
    public static class DataProtection
    {
        private const string WrappingKeyName = "dataprotection"; // RSA key created by the Pulumi state stack

        public static void AddVaultWrappedBlobDataProtection(this IServiceCollection services,
                                                            string storageConnectionString,
                                                            string containerName,
                                                            string blobName,
                                                            string vaultUri,
                                                            string applicationName)
        {
            if (!CloudStorageAccount.TryParse(storageConnectionString, out var account) || string.IsNullOrEmpty(vaultUri))
            {
                System.Console.WriteLine("Data Protection left at its defaults");
                return;
            }

            var container = account.CreateCloudBlobClient().GetContainerReference(containerName);
            container.CreateIfNotExists();

            var tokens = new AzureServiceTokenProvider();
            var vault = new KeyVaultClient(new KeyVaultClient.AuthenticationCallback(tokens.KeyVaultTokenCallback));

            services.AddDataProtection()
                .SetApplicationName(applicationName)
                .PersistKeysToAzureBlobStorage(container, blobName)
                .ProtectKeysWithAzureKeyVault(vault, $"{vaultUri.TrimEnd('/')}/keys/{WrappingKeyName}/");
        }
    }
}
