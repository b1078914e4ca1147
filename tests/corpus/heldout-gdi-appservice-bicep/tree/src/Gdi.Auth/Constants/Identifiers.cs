namespace Gdi.Auth.Constants;

public static class ClientIds
{
    public const string Catalog = "catalog-client";
    public const string Ops = "ops-client";
    public const string Auditor = "auditor-client";
}

public static class ScopeNames
{
    public const string Catalog = "gdi.catalog";
    public const string Admin = "gdi:admin";
    public const string View = "gdi:view";
}

public static class Policies
{
    public const string Manage = "manage";
    public const string Read = "read";
    public const string Throttle = "throttle";
}

public static class Origins
{
    public const string CatalogDevServer = "https://localhost:7311";
}

public static class Bootstrap
{
    public const string AdminUserName = "root";
    public const string AdminEmail = "root@example.com";
}
