using Microsoft.AspNetCore.DataProtection;

namespace Vault.SharedWeb.Utilities;

public static class DataProtectionExtensions
{
    // Self-hosted installs keep the key ring in a mounted directory; the cloud uses blob storage.
    public static void AddVaultDataProtection(this IServiceCollection services, IWebHostEnvironment env, VaultSettings settings)
    {
        var builder = services.AddDataProtection().SetApplicationName("Vault");
        if (settings.SelfHosted && !string.IsNullOrWhiteSpace(settings.DataProtection.Directory))
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(settings.DataProtection.Directory));
        }
        if (!settings.SelfHosted && !env.IsDevelopment())
        {
            builder.PersistKeysToAzureBlobStorage(settings.Storage.ConnectionString, "aspnet-dataprotection", "keys.xml");
        }
    }
}
