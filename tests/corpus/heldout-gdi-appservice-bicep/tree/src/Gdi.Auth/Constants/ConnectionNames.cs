namespace Gdi.Auth.Constants;

public static class ConnectionNames
{
    public const string Users = "UsersDb";
    public const string Grants = "GrantsDb";
    public const string Configuration = "ConfigDb";
    public const string MigrationsAssembly = "Gdi.Auth";
}
