using System;

namespace Humongous.Sso.Core.Models.Config
{
    public interface IAppSettings
    {
        HostOptions Host { get; set; }
    }

    /// <summary>
    /// The token service's whole configuration, bound from the root of IConfiguration.
    /// </summary>
    public class AppSettings : IAppSettings
    {
        public LdapServerOptions LdapServer { get; set; }
        public HostOptions Host { get; set; }
        public string[] AllowedCrossDomains { get; set; }
        public GlobalOptions Global { get; set; }
    }

    public class HostOptions
    {
        public string AuthServer { get; set; }

        /// <summary>host:port of the Redis server, e.g. "cache:6379"</summary>
        public string Redis { get; set; }
    }

    public class LdapServerOptions
    {
        public string Url { get; set; }
        public int Port { get; set; }
        public bool Ssl { get; set; }
        public string BindDn { get; set; }
        public string BindCredentials { get; set; }
        public string SearchBase { get; set; }
        public string SearchFilter { get; set; }
    }

    public class GlobalOptions
    {
        public SigningCredentialOptions SigningCredential { get; set; }
        public AccessTokenOptions AccessToken { get; set; }
        public RefreshTokenOptions RefreshToken { get; set; }
        public OpenIdOptions OpenId { get; set; }
        public OpenIdOptions OpenIdJs { get; set; }
    }

    public class SigningCredentialOptions
    {
        public ExpiryOptions DefaultExpiry { get; set; }
    }

    public class ExpiryOptions
    {
        public int Day { get; set; }
        public int Hour { get; set; }
        public int Second { get; set; }

        public DateTimeOffset GetExpireOn() =>
            DateTimeOffset.UtcNow.AddDays(Day).AddHours(Hour).AddSeconds(Second);
    }

    public class AccessTokenOptions
    {
        public int DefaultAbsoluteExpiry { get; set; }
        public int ClientCredentialsDefaultAbsoluteExpiry { get; set; }
    }

    public class RefreshTokenOptions
    {
        public int DefaultAbsoluteExpiry { get; set; }
        public int DefaultSlidingExpiry { get; set; }
    }

    public class OpenIdOptions
    {
        public string[] AllowedRedirectUris { get; set; }
        public string[] AllowedPostLogoutRedirectUris { get; set; }
    }
}
