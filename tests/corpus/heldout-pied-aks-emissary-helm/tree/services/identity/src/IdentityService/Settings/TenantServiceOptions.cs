namespace IdentityService.Settings;

public enum TenantServiceMode
{
    Http,
    Embedded
}

public class TenantServiceOptions
{
    public TenantServiceMode Mode { get; set; } = TenantServiceMode.Http;
    public string? BaseUrl { get; set; }
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? Scope { get; set; }
}
