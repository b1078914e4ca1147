namespace Nakatomi.Shared.Settings;

public class ServiceSettings
{
    public const string SectionName = "Service";

    public string BasePath { get; set; } = null!;

    public string BaseUrl { get; set; } = null!;

    public string PublicUrl { get; set; } = null!;

    public string StorefrontUrl { get; set; } = null!;

    public string HttpLogging { get; set; } = null!;
}

public class AuthoritySettings
{
    public const string SectionName = "Authority";

    public string Url { get; set; } = null!;

    public string SiteAudience { get; set; } = null!;
}

public class ClientSettings
{
    public const string SectionName = "Client";

    public string Id { get; set; } = null!;

    public string Secret { get; set; } = null!;
}
