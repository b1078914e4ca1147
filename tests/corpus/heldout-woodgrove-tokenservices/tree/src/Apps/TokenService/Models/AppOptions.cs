namespace TokenService.Models
{
    public class AppOptions
    {
        public enum DatabaseTypes
        {
            InMemory,
            SqlServer,
            CosmosDB,
            EntityFramework
        }

        public DatabaseTypes DatabaseType { get; set; }
        public DatabaseTypes OperationalStoreType { get; set; }
        public bool DisableHttpRedirect { get; set; }
    }

    public class KeyVaultSigningOptions
    {
        public enum SigningTypes
        {
            KeyVaultCertificate,
            KeyVaultECDsaKey
        }

        public SigningTypes SigningType { get; set; }
        public string KeyVaultName { get; set; }
        public bool Enabled { get; set; } = false;
    }
}
