using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace Stark.IdentityServer
{
    public static class Extensions
    {
        // Loads the token signing certificate that the csproj copies next to the binaries.
        public static IIdentityServerBuilder AddSigningCertificateFromFile(this IIdentityServerBuilder builder)
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), "StarkIdentitySigning.pfx");
            Console.WriteLine($"Signing certificate: {path}");
            var certificate = new X509Certificate2(File.ReadAllBytes(path));
            builder.AddSigningCredential(certificate);
            return builder;
        }
    }
}
