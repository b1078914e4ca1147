using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Skoruba.IdentityServer4.Shared.Configuration.Configuration.Common;
using Skoruba.IdentityServer4.Shared.Configuration.Helpers;

namespace Tyrell2.Identity.STS.Identity.Helpers
{
    public static class IdentityServerBuilderExtensions
    {
        /// <summary>
        /// Signing credential from the certificate store (thumbprint), Azure Key Vault, a pfx file,
        /// or the temporary developer key, depending on CertificateConfiguration.
        /// </summary>
        public static IIdentityServerBuilder AddCustomSigningCredential(this IIdentityServerBuilder builder, IConfiguration configuration)
        {
            var certificateConfiguration = configuration.GetSection(nameof(CertificateConfiguration)).Get<CertificateConfiguration>();
            var azureKeyVaultConfiguration = configuration.GetSection(nameof(AzureKeyVaultConfiguration)).Get<AzureKeyVaultConfiguration>();

            if (certificateConfiguration.UseSigningCertificateThumbprint)
            {
                if (string.IsNullOrWhiteSpace(certificateConfiguration.SigningCertificateThumbprint))
                {
                    throw new Exception("Signing certificate thumbprint not found");
                }

                using var store = new X509Store(StoreName.My, StoreLocation.LocalMachine);
                store.Open(OpenFlags.ReadOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, certificateConfiguration.SigningCertificateThumbprint, certificateConfiguration.CertificateValidOnly);
                if (found.Count == 0)
                {
                    throw new Exception("Certificate not found");
                }

                builder.AddSigningCredential(found[0]);
            }
            else if (certificateConfiguration.UseSigningCertificateForAzureKeyVault)
            {
                var certificates = AzureKeyVaultHelpers.GetCertificates(azureKeyVaultConfiguration).GetAwaiter().GetResult();
                builder.AddSigningCredential(certificates.ActiveCertificate);
            }
            else if (certificateConfiguration.UseSigningCertificatePfxFile)
            {
                if (!File.Exists(certificateConfiguration.SigningCertificatePfxFilePath))
                {
                    throw new Exception($"Signing key file: {certificateConfiguration.SigningCertificatePfxFilePath} not found");
                }

                builder.AddSigningCredential(new X509Certificate2(certificateConfiguration.SigningCertificatePfxFilePath, certificateConfiguration.SigningCertificatePfxFilePassword));
            }
            else if (certificateConfiguration.UseTemporarySigningKeyForDevelopment)
            {
                builder.AddDeveloperSigningCredential();
            }
            else
            {
                throw new Exception("Signing credential is not specified");
            }

            return builder;
        }

        /// <summary>
        /// Extra validation key for signing key rollover.
        /// </summary>
        public static IIdentityServerBuilder AddCustomValidationKey(this IIdentityServerBuilder builder, IConfiguration configuration)
        {
            var certificateConfiguration = configuration.GetSection(nameof(CertificateConfiguration)).Get<CertificateConfiguration>();
            var azureKeyVaultConfiguration = configuration.GetSection(nameof(AzureKeyVaultConfiguration)).Get<AzureKeyVaultConfiguration>();

            if (certificateConfiguration.UseValidationCertificateForAzureKeyVault)
            {
                var certificates = AzureKeyVaultHelpers.GetCertificates(azureKeyVaultConfiguration).GetAwaiter().GetResult();
                if (certificates.SecondaryCertificate != null)
                {
                    builder.AddValidationKey(certificates.SecondaryCertificate);
                }
            }
            else if (certificateConfiguration.UseValidationCertificatePfxFile)
            {
                builder.AddValidationKey(new X509Certificate2(certificateConfiguration.ValidationCertificatePfxFilePath, certificateConfiguration.ValidationCertificatePfxFilePassword));
            }

            return builder;
        }
    }
}
