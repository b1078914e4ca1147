using System;
using System.Security.Cryptography.X509Certificates;

namespace Gringotts.Common
{
    public class Server
    {
        public Server(string? certPath = null, string? certKeyPath = null)
        {
            if (!string.IsNullOrEmpty(certPath) && !string.IsNullOrEmpty(certKeyPath))
                SSLCertificate = X509Certificate2.CreateFromPemFile(certPath, certKeyPath);
        }

        public string? Id { get; set; }
        public int Port { get; set; }
        public required string Hostname { get; set; }
        public Uri? PublicURL { get; set; }
        public X509Certificate2? SSLCertificate { get; }
        public bool IsSecure => SSLCertificate != null;

        // Internal address of the service, used for service-to-service calls.
        public override string ToString()
        {
            var url = "http";
            url += $"://{Hostname}";
            url += Port == 80 || Port == 443 ? "" : $":{Port}";
            return url;
        }
    }

    public static class Servers
    {
        public static Server VaultAPI { get; } = new()
        {
            Port = Constants.VAULT_SERVER_PORT,
            Hostname = Constants.VAULT_SERVER_HOST ?? "localhost",
            Id = "vault-sync"
        };

        public static Server Owlery { get; } = new()
        {
            Port = Constants.OWLERY_SERVER_PORT,
            Hostname = Constants.OWLERY_SERVER_HOST ?? "localhost",
            Id = "owlery"
        };

        public static Server IdentityServer { get; } = new(Constants.IDENTITY_CERT_PATH, Constants.IDENTITY_CERT_KEY_PATH)
        {
            PublicURL = Constants.IDENTITY_SERVER_URL,
            Port = Constants.IDENTITY_SERVER_PORT,
            Hostname = Constants.IDENTITY_SERVER_HOST ?? "localhost",
            Id = "auth"
        };
    }
}
