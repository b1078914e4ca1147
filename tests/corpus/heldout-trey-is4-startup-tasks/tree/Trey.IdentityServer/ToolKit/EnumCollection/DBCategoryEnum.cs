namespace Trey.IdentityServer.ToolKit.EnumCollection
{
    public enum DBCategoryEnum
    {
        SQLServer = 0,
        PostgreSQL = 1,
    }

    public static class GrantTypeCustom
    {
        public const string ChatLinkOpen = "chatlink_open";
    }
}
