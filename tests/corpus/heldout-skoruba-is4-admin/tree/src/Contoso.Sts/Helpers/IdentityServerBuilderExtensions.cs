using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Contoso.Shared.Configuration.Helpers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Sts.Helpers
{
    public class TokenSigningSettings
    {
        public bool UseDevelopmentKey { get; set; }
        public bool UseStoreThumbprint { get; set; }
        public string Thumbprint { get; set; }
        public bool UsePfxFile { get; set; }
        public string PfxPath { get; set; }
        public string PfxPassword { get; set; }
        public bool UseKeyVault { get; set; }
        public string ValidationPfxPath { get; set; }
    }

    public static class IdentityServerBuilderExtensions
    {
        public static IIdentityServerBuilder AddTokenSigningKey(this IIdentityServerBuilder builder, IConfiguration configuration)
        {
            var signing = configuration.GetSection("TokenSigning").Get<TokenSigningSettings>();

            if (signing.UseStoreThumbprint)
            {
                using var store = new X509Store(StoreName.My, StoreLocation.LocalMachine);
                store.Open(OpenFlags.ReadOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, signing.Thumbprint, true);
                if (found.Count == 0) throw new InvalidOperationException("No certificate with the configured thumbprint");
                builder.AddSigningCredential(found[0]);
            }
            else if (signing.UseKeyVault)
            {
                var certs = VaultCertificates.LoadAsync(configuration).GetAwaiter().GetResult();
                builder.AddSigningCredential(certs.Current);
            }
            else if (signing.UsePfxFile)
            {
                if (!File.Exists(signing.PfxPath)) throw new FileNotFoundException("Signing certificate missing", signing.PfxPath);
                builder.AddSigningCredential(new X509Certificate2(signing.PfxPath, signing.PfxPassword));
            }
            else if (signing.UseDevelopmentKey)
            {
                builder.AddDeveloperSigningCredential();
            }
            else
            {
                throw new InvalidOperationException("No token signing key is configured");
            }

            return builder;
        }

        public static IIdentityServerBuilder AddTokenValidationKey(this IIdentityServerBuilder builder, IConfiguration configuration)
        {
            var signing = configuration.GetSection("TokenSigning").Get<TokenSigningSettings>();

            if (!string.IsNullOrWhiteSpace(signing.ValidationPfxPath) && File.Exists(signing.ValidationPfxPath))
            {
                builder.AddValidationKey(new X509Certificate2(signing.ValidationPfxPath, signing.PfxPassword));
            }

            return builder;
        }
    }
}
