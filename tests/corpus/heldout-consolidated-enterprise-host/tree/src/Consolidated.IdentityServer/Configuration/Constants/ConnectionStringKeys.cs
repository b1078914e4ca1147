namespace Consolidated.IdentityServer.Configuration.Constants;

public static class ConnectionStringKeys
{
    public const string IdentityServer = "IdentityServer";
    public const string AspNetIdentity = "AspNetIdentity";
}
