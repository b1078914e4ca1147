namespace Fabrikam.Sso.Host.Health;

internal static class HealthCheckNames
{
    public const string Started = "started";
    public const string PeopleDb = "people-database";
    public const string StoreDb = "store-database";
}
