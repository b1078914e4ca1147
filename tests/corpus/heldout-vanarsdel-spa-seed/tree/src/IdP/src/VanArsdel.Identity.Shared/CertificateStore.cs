using System;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace VanArsdel.Identity.Shared
{
    // Builds a certificate from the base64 blob kept under Identity:Certificate.
    // Kept for local experiments; the server loads /app/cert.pfx instead.
    public static class CertificateStore
    {
        public static X509Certificate2 LoadFromConfiguration(IConfigurationRoot configuration)
        {
            var password = configuration["Identity:Certificate:Password"];
            var encoded = configuration["Identity:Certificate:Content"];
            var raw = Convert.FromBase64String(encoded);
            return new X509Certificate2(raw, password);
        }
    }
}
