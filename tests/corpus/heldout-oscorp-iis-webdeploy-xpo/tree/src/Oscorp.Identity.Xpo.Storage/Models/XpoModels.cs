using DevExpress.Xpo;

namespace Oscorp.Identity.Xpo.Storage.Models;

[Persistent("Clients")]
public class XpoClient : XPObject
{
    public XpoClient(Session session) : base(session) { }

    public string ClientId { get; set; }
    public string ClientName { get; set; }
    public bool Enabled { get; set; } = true;

    // token settings start at Duende's Client defaults and are edited in the admin area
    public bool AllowOfflineAccess { get; set; }
    public int AccessTokenLifetime { get; set; } = 3600;
    public int RefreshTokenUsage { get; set; } = 1;
    public int RefreshTokenExpiration { get; set; } = 1;
    public int AbsoluteRefreshTokenLifetime { get; set; } = 2592000;
    public int SlidingRefreshTokenLifetime { get; set; } = 1296000;

    [Association("Client-CorsOrigins")]
    public XPCollection<XpoClientCorsOrigin> CorsOrigins => GetCollection<XpoClientCorsOrigin>(nameof(CorsOrigins));
}

[Persistent("ClientCorsOrigins")]
public class XpoClientCorsOrigin : XPObject
{
    public XpoClientCorsOrigin(Session session) : base(session) { }

    public string Origin { get; set; }

    [Association("Client-CorsOrigins")]
    public XpoClient Client { get; set; }
}

[Persistent("ApiScopes")]
public class XpoApiScope : XPObject
{
    public XpoApiScope(Session session) : base(session) { }

    public string Name { get; set; }
    public bool Enabled { get; set; }
}

[Persistent("IdentityResources")]
public class XpoIdentityResource : XPObject
{
    public XpoIdentityResource(Session session) : base(session) { }

    public string Name { get; set; }
    public bool Enabled { get; set; }
    public bool ShowInDiscoveryDocument { get; set; }
}

[Persistent("PersistedGrants")]
public class XpoPersistedGrant : XPLiteObject
{
    public XpoPersistedGrant(Session session) : base(session) { }

    [Key]
    public string Key { get; set; }
    public string Type { get; set; }
    public string SubjectId { get; set; }
    public string SessionId { get; set; }
    public string ClientId { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? Expiration { get; set; }
    public DateTime? ConsumedTime { get; set; }

    [Size(SizeAttribute.Unlimited)]
    public string Data { get; set; }
}
