namespace Northwind.Identity.Provider.Config;

/// <summary>
/// Bound from the "Identity" configuration section.
/// </summary>
public sealed class IdentitySettings
{
    public string SignInPath { get; set; } = "/login";

    public string SignOutPath { get; set; } = "/logout";

    public string ErrorPath { get; set; } = "/oops";

    public ServiceClientSettings? ServiceClient { get; set; }

    public BrowserClientSettings? BrowserClient { get; set; }
}

/// <summary>
/// The client-credentials client the back-end services use to call each other.
/// </summary>
public sealed class ServiceClientSettings
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public int? AccessTokenSeconds { get; set; }
}

/// <summary>
/// The public (PKCE) client behind the portal and admin front-ends.
/// </summary>
public sealed class BrowserClientSettings
{
    public string? ClientId { get; set; }

    public int? AccessTokenSeconds { get; set; }

    public int? SlidingRefreshSeconds { get; set; }

    public string RedirectPaths { get; set; } = string.Empty;

    public string PostLogoutRedirectPaths { get; set; } = string.Empty;

    public string RedirectHosts { get; set; } = string.Empty;
}
