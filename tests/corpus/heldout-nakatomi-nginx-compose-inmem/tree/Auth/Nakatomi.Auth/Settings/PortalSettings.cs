namespace Nakatomi.Auth.Settings;

public class PortalSettings
{
    public const string SectionName = "Portal";

    public string BasePath { get; set; } = null!;

    public string CartApi { get; set; } = null!;

    public string InventoryApi { get; set; } = null!;

    public string PublicUrl { get; set; } = null!;

    public string AuthUrl { get; set; } = null!;

    public string StorefrontUrl { get; set; } = null!;

    public string HttpLogging { get; set; } = null!;
}
