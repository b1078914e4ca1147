using System.IO;
using System.Security.Cryptography.X509Certificates;

namespace Contoso.Identity.Certificates
{
    public static class SigningCertificate
    {
        // Mounted from the key-material ConfigMap in Kubernetes and from certs/ by docker-compose.
        private const string Path = "/app/certs/identitykeymaterial.pfx";

        public static X509Certificate2 Load()
        {
            if (!File.Exists(Path))
                throw new FileNotFoundException($"Signing key material not found at {Path}");

            return new X509Certificate2(Path);
        }
    }
}
