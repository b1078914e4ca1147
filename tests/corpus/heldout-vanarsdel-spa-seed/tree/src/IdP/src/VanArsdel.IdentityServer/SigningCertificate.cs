using System.IO;
using System.Security.Cryptography.X509Certificates;

namespace VanArsdel.IdentityServer
{
    public static class SigningCertificate
    {
        // cert.pfx is produced by create_signing_cert.sh and bind-mounted by docker-compose.
        internal static X509Certificate2 Load()
        {
            var path = Path.Combine("/app", "cert.pfx");

            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The token signing certificate was not found.", path);
            }

            return new X509Certificate2(path);
        }
    }
}
