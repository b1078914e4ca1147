namespace Tailwind.Identity.Shared.Configuration.Configuration.Common
{
    public class DataProtectionConfiguration
    {
        public bool ProtectKeysWithAzureKeyVault { get; set; }
    }

    public class AzureKeyVaultConfiguration
    {
        public string AzureKeyVaultEndpoint { get; set; }
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
        public string TenantId { get; set; }
        public bool UseClientCredentials { get; set; }
        public string IdentityServerCertificateName { get; set; }
        public string DataProtectionKeyIdentifier { get; set; }
        public bool ReadConfigurationFromKeyVault { get; set; }
    }

    public class CertificateConfiguration
    {
        public bool UseTemporarySigningKeyForDevelopment { get; set; }
        public string CertificateStoreLocation { get; set; }
        public bool CertificateValidOnly { get; set; }
        public bool UseSigningCertificateThumbprint { get; set; }
        public string SigningCertificateThumbprint { get; set; }
        public bool UseSigningCertificatePfxFile { get; set; }
        public string SigningCertificatePfxFilePath { get; set; }
        public string SigningCertificatePfxFilePassword { get; set; }
        public bool UseValidationCertificatePfxFile { get; set; }
        public string ValidationCertificatePfxFilePath { get; set; }
        public string ValidationCertificatePfxFilePassword { get; set; }
        public bool UseSigningCertificateForAzureKeyVault { get; set; }
    }

    public class DockerConfiguration
    {
        public bool UpdateCaCertificate { get; set; } = false;
    }
}
