namespace Vance.Identity.Server.Data;

public static class Constants
{
    public const string IdentityDbName = "IdentityDb";
}
