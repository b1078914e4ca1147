using System.Security.Cryptography.X509Certificates;
using CityPower.Infrastructure;
using Duende.IdentityServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Serilog;

namespace CityPower.IdentityService.Configuration
{
    public static class SigningKeysExtensions
    {
        /// <summary>
        /// Registers the token signing keys. The private keys live in certificates
        /// stored in Azure Key Vault, one RSA certificate and one per EC curve.
        /// </summary>
        public static IIdentityServerBuilder AddKeyVaultSigningCredentials(this IIdentityServerBuilder builder, IConfiguration config)
        {
            Log.Information("Loading token signing certificates from Key Vault");

            var rsa = KeyVaultExtensions.LoadCertificate(config, "sso-signing-rsa");
            var ecP256 = KeyVaultExtensions.LoadCertificate(config, "sso-signing-p256");
            var ecP384 = KeyVaultExtensions.LoadCertificate(config, "sso-signing-p384");

            // RSA key, offered with PKCS#1 v1.5 and PSS padding
            builder.AddSigningCredential(rsa, "RS256");
            builder.AddSigningCredential(rsa, "RS384");
            builder.AddSigningCredential(rsa, SecurityAlgorithms.RsaSsaPssSha256);

            // Elliptic curve keys
            builder.AddSigningCredential(ToEcKey(ecP256), IdentityServerConstants.ECDsaSigningAlgorithm.ES256);
            builder.AddSigningCredential(ToEcKey(ecP384), IdentityServerConstants.ECDsaSigningAlgorithm.ES384);

            return builder;
        }

        // EC certificates cannot be passed directly; wrap the private key and give it a stable kid.
        private static ECDsaSecurityKey ToEcKey(X509Certificate2 certificate)
        {
            return new ECDsaSecurityKey(certificate.GetECDsaPrivateKey())
            {
                KeyId = certificate.Thumbprint.Substring(0, 16)
            };
        }
    }
}
