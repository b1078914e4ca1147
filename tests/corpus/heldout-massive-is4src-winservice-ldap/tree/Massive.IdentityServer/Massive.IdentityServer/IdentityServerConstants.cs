namespace Massive.IdentityServer;

public static class MassiveIdentityKeys
{
    public const string ActiveDirectory_Server = "ActiveDirectory:Server";
    public const string ActiveDirectory_LdapPort = "ActiveDirectory:LdapPort";
    public const string ActiveDirectory_UseSsl = "ActiveDirectory:UseSsl";
    public const string ActiveDirectory_ServiceAccount_DN = "ActiveDirectory:ServiceAccount:DN";
    public const string ActiveDirectory_ServiceAccount_Password = "ActiveDirectory:ServiceAccount:Password";
    public const string ActiveDirectory_UsersDN = "ActiveDirectory:UsersDN";
    public const string ActiveDirectory_SuperUser = "ActiveDirectory:SuperUser";

    public const string Kerberos_KeytabPath = "Kerberos:KeytabPath";
    public const string KerberosUserHeader = "X-Massive-Kerberos-User";
}
