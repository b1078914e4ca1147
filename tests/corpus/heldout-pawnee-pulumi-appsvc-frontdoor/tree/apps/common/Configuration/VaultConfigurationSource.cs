using Microsoft.Azure.KeyVault;
using Microsoft.Azure.Services.AppAuthentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.AzureKeyVault;

namespace Pawnee.Common.Configuration
{
    // Adds the stack's Key Vault as a configuration source. Secret names use "--" for ":",
    // e.g. Cosmos--PrimaryKey becomes Cosmos:PrimaryKey and MvcClientSecret stays as is.
    public static class VaultConfigurationSource
    {
        public static IConfigurationBuilder AddVault(IConfigurationBuilder config, IConfiguration bootstrap)
        {
            var vaultUri = bootstrap["kvUri"];
            if (string.IsNullOrEmpty(vaultUri) || !string.IsNullOrEmpty(bootstrap["disableKv"]))
            {
                System.Console.WriteLine("Key Vault configuration is off");
                return config;
            }

            var tokens = new AzureServiceTokenProvider(); // the App Service managed identity
            var client = new KeyVaultClient(new KeyVaultClient.AuthenticationCallback(tokens.KeyVaultTokenCallback));
            return config.AddAzureKeyVault(vaultUri, client, new DefaultKeyVaultSecretManager());
        }
    }
}
