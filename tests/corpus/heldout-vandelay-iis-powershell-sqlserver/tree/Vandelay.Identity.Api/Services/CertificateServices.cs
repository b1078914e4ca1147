using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Vandelay.Identity.Api.Configuration;

namespace Vandelay.Identity.Api.Services
{
    public interface ICertificateService
    {
        X509Certificate2 GetSigningCertificate(SigningCertificateSettings settings, bool isPrimary = true);
        RSA GetEncryptionCertificatePrivateKey(SigningCertificateSettings settings);
    }

    // IIS install: certificates are looked up by thumbprint in LocalMachine\My
    public class WindowsCertificateService : ICertificateService
    {
        public X509Certificate2 GetSigningCertificate(SigningCertificateSettings settings, bool isPrimary = true)
        {
            var thumbprint = isPrimary ? settings.PrimaryCertificateThumbprint : settings.SecondaryCertificateThumbprint;
            if (string.IsNullOrEmpty(thumbprint))
            {
                throw new InvalidOperationException("A certificate thumbprint is required when UseTemporarySigningCredential is false.");
            }
            return Find(thumbprint);
        }

        public RSA GetEncryptionCertificatePrivateKey(SigningCertificateSettings settings)
        {
            return Find(settings.EncryptionCertificateThumbprint).GetRSAPrivateKey();
        }

        private static X509Certificate2 Find(string thumbprint)
        {
            using (var store = new X509Store(StoreName.My, StoreLocation.LocalMachine))
            {
                store.Open(OpenFlags.ReadOnly);
                var clean = thumbprint.Replace(" ", string.Empty).ToUpperInvariant();
                return store.Certificates.Find(X509FindType.FindByThumbprint, clean, false)
                    .OfType<X509Certificate2>().FirstOrDefault();
            }
        }
    }

    // container runs: PFX files mounted from docker secrets
    public class LinuxCertificateService : ICertificateService
    {
        public X509Certificate2 GetSigningCertificate(SigningCertificateSettings settings, bool isPrimary = true)
        {
            var path = isPrimary ? settings.PrimaryCertificatePath : settings.SecondaryCertificatePath;
            return new X509Certificate2(path);
        }

        public RSA GetEncryptionCertificatePrivateKey(SigningCertificateSettings settings)
        {
            return GetSigningCertificate(settings).GetRSAPrivateKey();
        }
    }

    public class DecryptionService
    {
        public const string EncryptionPrefix = "!!enc!!:";
        private readonly ICertificateService _certificateService;

        public DecryptionService(ICertificateService certificateService)
        {
            _certificateService = certificateService ?? throw new ArgumentNullException(nameof(certificateService));
        }

        public string DecryptString(string value, SigningCertificateSettings settings)
        {
            if (string.IsNullOrEmpty(value) || !value.StartsWith(EncryptionPrefix)) return value;

            var key = _certificateService.GetEncryptionCertificatePrivateKey(settings);
            var cipher = Convert.FromBase64String(value.Substring(EncryptionPrefix.Length));
            return Encoding.UTF8.GetString(key.Decrypt(cipher, RSAEncryptionPadding.OaepSHA1));
        }
    }
}
