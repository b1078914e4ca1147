using System.Collections.Generic;
using CryptographyHelper.Certificates;
using Fabrikam.Bazaar.Platform.Caching;
using Fabrikam.Bazaar.Platform.Diagnostics;
using Fabrikam.Bazaar.Platform.Logging;
using Microsoft.AspNetCore.Http;

namespace Fabrikam.Bazaar.Sts.Settings;

// Root of appsettings.json, bound once in Startup.
public class StsSettings
{
    public DatabaseConnections ConnectionStrings { get; set; }

    public TokenServiceSettings TokenService { get; set; }

    public LogSettings Logging { get; set; }

    public CacheSettings Caching { get; set; }

    public DiagnosticsSettings Diagnostics { get; set; }

    public Dictionary<string, string> ResponseHeaders { get; set; }

    public CookiePolicySettings CookiePolicy { get; set; }
}

// Extends the IdentityServer4 options type with where to find the signing certificate.
public class TokenServiceSettings : IdentityServer4.Configuration.IdentityServerOptions
{
    public CertificateOption Certificate { get; set; }
}

public class DatabaseConnections
{
    public string Bazaar { get; set; }

    public string TokenService { get; set; }
}

public class CookiePolicySettings
{
    public bool Enabled { get; set; }

    public SameSiteMode SameSite { get; set; }

    public CookieSecurePolicy Secure { get; set; }
}
