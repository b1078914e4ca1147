namespace Wonka.IdentityServer.UI.Utils;

public enum WarmUpBehavior
{
    Normal,
    Skip,
    Exit,
}

public static class Role
{
    public const string Default = "Visitor";
    public const string Admin = "Chocolatier";

    public static string[] All => new[] { Default, Admin };
}
