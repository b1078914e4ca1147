using System;

namespace Gringotts.Common
{
    // Every setting of every service is read here, from an environment variable
    // or from the file named by <NAME>_FILE.
    public static class Constants
    {
        public static bool IS_SELF_HOSTED => ReadSecret("SELF_HOSTED") == "1";
        public static bool DISABLE_SIGNUPS => ReadSecret("DISABLE_SIGNUPS") == "true";
        public static string INSTANCE_NAME => ReadSecret("INSTANCE_NAME") ?? "default";

        public static string VAULT_API_SECRET => ReadSecret("VAULT_API_SECRET") ?? throw new InvalidOperationException("VAULT_API_SECRET is required");
        public static string? VAULT_APP_HOST => ReadSecret("VAULT_APP_HOST");
        public static string[] VAULT_CORS_ORIGINS => ReadSecret("VAULT_CORS_ORIGINS")?.Split(",", StringSplitOptions.RemoveEmptyEntries) ?? [];
        public static string[] KNOWN_PROXIES => (ReadSecret("KNOWN_PROXIES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public static string? SMTP_USERNAME => ReadSecret("SMTP_USERNAME");
        public static string? SMTP_PASSWORD => ReadSecret("SMTP_PASSWORD");
        public static string? SMTP_HOST => ReadSecret("SMTP_HOST");

        // server discovery
        public static int VAULT_SERVER_PORT => int.Parse(ReadSecret("VAULT_SERVER_PORT") ?? "80");
        public static string? VAULT_SERVER_HOST => ReadSecret("VAULT_SERVER_HOST");
        public static int IDENTITY_SERVER_PORT => int.Parse(ReadSecret("IDENTITY_SERVER_PORT") ?? "80");
        public static string? IDENTITY_SERVER_HOST => ReadSecret("IDENTITY_SERVER_HOST");
        public static Uri? IDENTITY_SERVER_URL => ReadSecret("IDENTITY_SERVER_URL") is string url ? new Uri(url) : null;
        public static string? IDENTITY_CERT_PATH => ReadSecret("IDENTITY_CERT_PATH");
        public static string? IDENTITY_CERT_KEY_PATH => ReadSecret("IDENTITY_CERT_KEY_PATH");
        public static int OWLERY_SERVER_PORT => int.Parse(ReadSecret("OWLERY_SERVER_PORT") ?? "80");
        public static string? OWLERY_SERVER_HOST => ReadSecret("OWLERY_SERVER_HOST");

        // storage
        public static string MONGODB_CONNECTION_STRING => ReadSecret("MONGODB_CONNECTION_STRING") ?? throw new ArgumentNullException("MONGODB_CONNECTION_STRING environment variable is not set");
        public static string MONGODB_DATABASE_NAME => ReadSecret("MONGODB_DATABASE_NAME") ?? throw new ArgumentNullException("MONGODB_DATABASE_NAME environment variable is not set");
        public static string? SIGNALR_REDIS_CONNECTION_STRING => ReadSecret("SIGNALR_REDIS_CONNECTION_STRING");

        public static string? ReadSecret(string name)
        {
            var value = Environment.GetEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(value)) return value;

            var file = Environment.GetEnvironmentVariable(name + "_FILE");
            if (!string.IsNullOrEmpty(file) && System.IO.File.Exists(file))
            {
                return System.IO.File.ReadAllText(file);
            }
            return null;
        }
    }
}
