namespace Gdi.Auth.Constants;

public static class SettingKeys
{
    public const string StorageProvider = "Storage:Provider";
    public const string Authority = "Auth:Authority";
    public const string CatalogClientSecret = "Clients:Catalog:Secret";
    public const string OpsClientSecret = "Clients:Ops:Secret";
    public const string AuditorClientSecret = "Clients:Auditor:Secret";
    public const string AdminPassword = "Bootstrap:AdminPassword";
}
