using Azure.Core;
using Azure.Identity;
using Consolidated.IdentityServer.Constants;

namespace Consolidated.IdentityServer.Security.KeyVaults;

public static class AzureKeyVaultService
{
    // Adds the shared and the per-environment vault as configuration sources.
    // Secrets named "ConnectionStrings--IdentityServer" become ConnectionStrings:IdentityServer.
    public static void AddAzureKeyVault(this IHostApplicationBuilder builder)
    {
        // Local development reads user secrets instead.
        if (builder.Environment.IsDevelopment())
        {
            return;
        }

        TokenCredential credential = new DefaultAzureCredential();

        AddVault(builder, credential, ConfigurationKeys.AzureKeyVaultSharedVaultRootUri);
        AddVault(builder, credential, ConfigurationKeys.AzureKeyVaultEnvironmentVaultRootUri);
    }

    private static void AddVault(IHostApplicationBuilder builder, TokenCredential credential, string configKey)
    {
        string? vaultRootUri = builder.Configuration[configKey];

        if (string.IsNullOrWhiteSpace(vaultRootUri))
        {
            throw new InvalidOperationException($"\"{configKey}\" is not configured.");
        }

        builder.Configuration.AddAzureKeyVault(new Uri(vaultRootUri), credential);
    }
}
