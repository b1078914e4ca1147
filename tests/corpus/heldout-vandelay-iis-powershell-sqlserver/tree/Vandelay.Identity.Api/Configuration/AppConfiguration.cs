namespace Vandelay.Identity.Api.Configuration
{
    public interface IAppConfiguration
    {
        string IssuerUri { get; }
        HostingOptions HostingOptions { get; }
        SigningCertificateSettings SigningCertificateSettings { get; }
        ConnectionStrings ConnectionStrings { get; }
        ConfidentialClientSettings IdentityServerConfidentialClientSettings { get; }
        AzureActiveDirectorySettings AzureActiveDirectorySettings { get; }
        ApplicationInsightsSettings ApplicationInsights { get; }
    }

    public class AppConfiguration : IAppConfiguration
    {
        public string IssuerUri { get; set; }
        public bool AzureAuthenticationEnabled { get; set; }
        public bool WindowsAuthenticationEnabled { get; set; }
        public HostingOptions HostingOptions { get; set; }
        public SigningCertificateSettings SigningCertificateSettings { get; set; }
        public ConnectionStrings ConnectionStrings { get; set; }
        public ConfidentialClientSettings IdentityServerConfidentialClientSettings { get; set; }
        public AzureActiveDirectorySettings AzureActiveDirectorySettings { get; set; }
        public ApplicationInsightsSettings ApplicationInsights { get; set; }
    }

    public class HostingOptions
    {
        public bool UseIis { get; set; }
        public bool UseTestUsers { get; set; }
        public string StorageProvider { get; set; }
    }

    public class SigningCertificateSettings
    {
        public bool UseTemporarySigningCredential { get; set; }
        public string PrimaryCertificateThumbprint { get; set; }
        public string SecondaryCertificateThumbprint { get; set; }
        public string EncryptionCertificateThumbprint { get; set; }
        public string PrimaryCertificatePath { get; set; }
        public string SecondaryCertificatePath { get; set; }
    }

    public interface IConnectionStrings
    {
        string IdentityDatabase { get; }
    }

    public class ConnectionStrings : IConnectionStrings
    {
        public string IdentityDatabase { get; set; }
    }

    public class ConfidentialClientSettings
    {
        public string Authority { get; set; }
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
    }

    public class AzureActiveDirectorySettings
    {
        public string Authority { get; set; }
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
    }

    public class ApplicationInsightsSettings
    {
        public bool Enabled { get; set; }
        public string InstrumentationKey { get; set; }
    }
}
