using Duende.IdentityServer.Configuration;
using StackExchange.Redis;

namespace BlueYonder.Identity.Configs;

/// <summary>Bound from the "IdentityServer" section; the installer fills the cache provider per tier.</summary>
public class CustomIdentityServerOptions
{
    public const string SectionName = "IdentityServer";

    public CacheSettings CachingOptions { get; set; } = new();

    public AuthenticationOptions AuthenticationOptions { get; set; } = new();
}

public class CacheSettings
{
    public bool Enabled { get; set; }

    public CacheProviderSettings Provider { get; set; } = new();

    public CachingOptions Duende { get; set; } = new();
}

public enum CacheProviderKind
{
    InMemory,
    Valkey
}

public class CacheProviderSettings
{
    public CacheProviderKind Kind { get; set; }
    public string ConnectionString { get; set; } = "";
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";

    public ConfigurationOptions ToRedisOptions()
    {
        var options = ConfigurationOptions.Parse(ConnectionString);
        options.User = Username;
        options.Password = Password;
        options.Ssl = true;
        return options;
    }
}

public class EntraSettings
{
    public string TenantId { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
}
