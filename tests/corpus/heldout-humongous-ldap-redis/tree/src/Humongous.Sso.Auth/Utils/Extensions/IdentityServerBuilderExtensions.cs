using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using Humongous.Sso.Core.Models;
using Humongous.Sso.Core.Models.Config;
using Humongous.Sso.Service.Cache;
using IdentityServer4;
using IdentityServer4.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;

namespace Humongous.Sso.Auth.Utils.Extensions
{
    public static class IdentityServerBuilderExtensions
    {
        /// <summary>
        /// Reads (or creates and writes) an RSA key under Keys/ next to the binaries.
        /// </summary>
        public static IIdentityServerBuilder AddSigningCredentialsByFile(this IIdentityServerBuilder builder, AppSettings settings)
        {
            var keysDir = Path.Combine(AppContext.BaseDirectory, "Keys");
            var currentFile = Path.Combine(keysDir, "SigningCredential.rsa");
            var retiredFile = Path.Combine(keysDir, "DeprecatedSigningCredentials.rsa");

            StoredKey current;
            if (File.Exists(currentFile))
            {
                current = JsonConvert.DeserializeObject<StoredKey>(File.ReadAllText(currentFile));
            }
            else
            {
                current = NewKey(ExpiryFrom(settings));
                File.WriteAllText(currentFile, JsonConvert.SerializeObject(current));
            }

            builder.AddSigningCredential(ToSecurityKey(current), IdentityServerConstants.RsaSigningAlgorithm.RS256);

            var retired = File.Exists(retiredFile)
                ? JsonConvert.DeserializeObject<List<StoredKey>>(File.ReadAllText(retiredFile))
                : new List<StoredKey>();
            builder.AddValidationKey(retired.Select(k => new SecurityKeyInfo
            {
                Key = ToSecurityKey(k),
                SigningAlgorithm = SecurityAlgorithms.RsaSha256
            }).ToArray());

            return builder;
        }

        /// <summary>
        /// Keeps the signing key in Redis: reuse it while it is valid, otherwise move it to the
        /// retired list and create a new one. Runs once, when the host starts.
        /// </summary>
        public static IIdentityServerBuilder AddSigningCredentialByRedis(this IIdentityServerBuilder builder, AppSettings settings)
        {
            const string currentKey = "SigningCredential";
            const string retiredKey = "SigningCredentialDeprecated";
            var now = DateTimeOffset.UtcNow;

            using (ICacheService redis = new RedisService(settings))
            {
                var found = redis.GetCache(currentKey, out StoredKey current);

                if (found && current.ExpireOn < now)
                {
                    redis.GetCache(retiredKey, out List<StoredKey> retired);
                    retired = retired ?? new List<StoredKey>();
                    retired.Add(current);
                    redis.SaveCache(retiredKey, retired);
                    redis.ClearCache(currentKey);
                    found = false;
                }

                if (!found)
                {
                    current = NewKey(ExpiryFrom(settings));
                    redis.SaveCache(currentKey, current);
                }

                builder.AddSigningCredential(ToSecurityKey(current), IdentityServerConstants.RsaSigningAlgorithm.RS256);

                if (redis.GetCache(retiredKey, out List<StoredKey> validation))
                {
                    builder.AddValidationKey(validation.Select(k => new SecurityKeyInfo
                    {
                        Key = ToSecurityKey(k),
                        SigningAlgorithm = SecurityAlgorithms.RsaSha256
                    }).ToArray());
                }
            }

            return builder;
        }

        /// <summary>
        /// Loads a certificate from the machine store or from Certs/ next to the binaries.
        /// </summary>
        public static IIdentityServerBuilder AddSigningCredentialByCert(this IIdentityServerBuilder builder, AppSettings settings, bool fromMachineStore = false)
        {
            if (fromMachineStore)
            {
                using var store = new X509Store(StoreName.My, StoreLocation.LocalMachine);
                store.Open(OpenFlags.ReadOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, "0000000000000000000000000000000000000000", validOnly: false);
                if (found.Count > 0)
                {
                    builder.AddSigningCredential(found[0]);
                }
            }
            else
            {
                var path = Path.Combine(AppContext.BaseDirectory, "Certs", "server.pfx");
                builder.AddSigningCredential(new X509Certificate2(path, string.Empty));
            }

            return builder;
        }

        private static DateTimeOffset ExpiryFrom(AppSettings settings) =>
            settings.Global?.SigningCredential?.DefaultExpiry?.GetExpireOn() ?? DateTimeOffset.UtcNow.AddYears(1);

        private static StoredKey NewKey(DateTimeOffset expireOn)
        {
            var key = CryptoHelper.CreateRsaSecurityKey();
            var parameters = key.Rsa == null ? key.Parameters : key.Rsa.ExportParameters(includePrivateParameters: true);
            return new StoredKey { KeyId = key.KeyId, Parameters = parameters, ExpireOn = expireOn };
        }

        private static RsaSecurityKey ToSecurityKey(StoredKey stored) =>
            CryptoHelper.CreateRsaSecurityKey(stored.Parameters, stored.KeyId);
    }
}
