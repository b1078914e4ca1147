namespace Fabrikam.Sso.Host.Configuration;

// Bound from the "KeyRing" section: where the Data Protection keys live and what wraps them.
public class KeyRingSettings
{
    public string Storage { get; set; } = "FileSystem";

    // blob storage or SQL Server, depending on Storage
    public string ConnectionString { get; set; } = "";
    public string ContainerName { get; set; } = "";
    public string BlobName { get; set; } = "fabrikam-keyring.xml";

    public string VaultUri { get; set; } = "";
    public string VaultKeyId { get; set; } = "";
    public string VaultCertificateName { get; set; } = "";
}
