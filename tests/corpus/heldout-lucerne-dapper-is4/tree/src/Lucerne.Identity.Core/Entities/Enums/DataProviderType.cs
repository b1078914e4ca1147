namespace Lucerne.Identity.Core.Entities.Enums
{
    public enum DataProviderType
    {
        SqlServer = 1,
        Mysql = 2,
        Oracle = 3
    }
}
