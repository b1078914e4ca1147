using System;
using System.Security.Cryptography;

namespace Humongous.Sso.Core.Models
{
    /// <summary>
    /// An RSA signing key as it is kept in Redis or in Keys/*.rsa (private parameters included).
    /// </summary>
    public class StoredKey
    {
        public string KeyId { get; set; }
        public RSAParameters Parameters { get; set; }
        public DateTimeOffset ExpireOn { get; set; }
    }

    public static class ApiNames
    {
        public const string PolicyApi = "PolicyApi";
        public const string ClaimsApi = "ClaimsApi";
    }

    public static class CacheKeys
    {
        public static string UserProfile(string subject) => $"UserProfile-{subject}";
    }
}
