namespace Consolidated.IdentityServer.Constants;

public static class ConfigurationKeys
{
    public const string AzureKeyVaultEnvironmentVaultRootUri = "Azure:KeyVault:EnvironmentVaultRootUri";
    public const string AzureKeyVaultSharedVaultRootUri = "Azure:KeyVault:SharedVaultRootUri";
    public const string DataProtectionKeysAzureBlobStorageUri = "DataProtection:Keys:AzureBlobStorageUri";
    public const string DataProtectionKeysAzureKeyVaultKeyIdentifier = "DataProtection:Keys:AzureKeyVaultKeyIdentifier";
    public const string GoogleClientId = "Authentication:Google:ClientId";
    public const string GoogleClientSecret = "Authentication:Google:ClientSecret";
    public const string MigrateDatabase = "MigrateDatabase";
    public const string SeedData = "SeedData";
}
