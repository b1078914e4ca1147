using Azure.Identity;
using Consolidated.IdentityServer.Constants;
using Consolidated.Platform.Registration.Abstract;
using Microsoft.AspNetCore.DataProtection;

namespace Consolidated.IdentityServer.Security.DataProtection;

internal sealed class DataProtectionServiceRegistrar : IRegisterServices
{
    public static void RegisterServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Outside Production the framework defaults apply.
        if (!environment.IsProduction())
        {
            return;
        }

        string? blobUri = configuration[ConfigurationKeys.DataProtectionKeysAzureBlobStorageUri];
        string? keyIdentifier = configuration[ConfigurationKeys.DataProtectionKeysAzureKeyVaultKeyIdentifier];

        if (string.IsNullOrWhiteSpace(blobUri))
        {
            throw new InvalidOperationException("Data protection needs a blob storage URI.");
        }

        if (string.IsNullOrWhiteSpace(keyIdentifier))
        {
            throw new InvalidOperationException("Data protection needs a Key Vault key identifier.");
        }

        var credential = new DefaultAzureCredential();

        services.AddDataProtection()
            .PersistKeysToAzureBlobStorage(new Uri(blobUri), credential)
            .ProtectKeysWithAzureKeyVault(new Uri(keyIdentifier), credential)
            .SetDefaultKeyLifetime(TimeSpan.FromDays(90));
    }
}
