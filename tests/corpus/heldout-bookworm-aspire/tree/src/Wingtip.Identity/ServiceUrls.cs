namespace Wingtip.Identity;

public sealed class ServiceUrls
{
    public string Catalog { get; set; } = string.Empty;
    public string Storefront { get; set; } = string.Empty;
}
