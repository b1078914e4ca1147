using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tailwind.Identity.Shared.Configuration.Configuration.Common;
using Tailwind.Identity.Shared.Configuration.Helpers;

namespace Tailwind.Identity.Helpers
{
    public static class IdentityServerBuilderExtensions
    {
        /// <summary>
        /// Picks the signing credential from CertificateConfiguration: store thumbprint, Key Vault, PFX file or a temporary key
        /// </summary>
        public static IIdentityServerBuilder AddCustomSigningCredential(this IIdentityServerBuilder builder, IConfiguration configuration)
        {
            var certificates = configuration.GetSection(nameof(CertificateConfiguration)).Get<CertificateConfiguration>();
            var keyVault = configuration.GetSection(nameof(AzureKeyVaultConfiguration)).Get<AzureKeyVaultConfiguration>();

            if (certificates.UseSigningCertificateThumbprint)
            {
                using var store = new X509Store(StoreName.My, StoreLocation.LocalMachine);
                store.Open(OpenFlags.ReadOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, certificates.SigningCertificateThumbprint, certificates.CertificateValidOnly);
                if (found.Count == 0)
                {
                    throw new Exception("Signing certificate not found in the store");
                }

                builder.AddSigningCredential(found[0]);
            }
            else if (certificates.UseSigningCertificateForAzureKeyVault)
            {
                var pair = AzureKeyVaultHelpers.GetCertificates(keyVault).GetAwaiter().GetResult();
                builder.AddSigningCredential(pair.ActiveCertificate);
            }
            else if (certificates.UseSigningCertificatePfxFile)
            {
                if (!File.Exists(certificates.SigningCertificatePfxFilePath))
                {
                    throw new Exception($"Signing key file {certificates.SigningCertificatePfxFilePath} not found");
                }

                builder.AddSigningCredential(new X509Certificate2(certificates.SigningCertificatePfxFilePath, certificates.SigningCertificatePfxFilePassword));
            }
            else if (certificates.UseTemporarySigningKeyForDevelopment)
            {
                builder.AddDeveloperSigningCredential();
            }
            else
            {
                throw new Exception("No signing credential is configured");
            }

            return builder;
        }

        /// <summary>
        /// Optional second key published for validation during a manual rollover
        /// </summary>
        public static IIdentityServerBuilder AddCustomValidationKey(this IIdentityServerBuilder builder, IConfiguration configuration)
        {
            var certificates = configuration.GetSection(nameof(CertificateConfiguration)).Get<CertificateConfiguration>();

            if (certificates.UseValidationCertificatePfxFile && File.Exists(certificates.ValidationCertificatePfxFilePath))
            {
                builder.AddValidationKey(new X509Certificate2(certificates.ValidationCertificatePfxFilePath, certificates.ValidationCertificatePfxFilePassword));
            }

            return builder;
        }
    }
}
