namespace Lamna.Identity.Domain.Options;

public class ExternalProviderOptions
{
    public ProviderCredentials Google { get; set; }
    public ProviderCredentials Twitter { get; set; }
    public ProviderCredentials Facebook { get; set; }
}

public class ProviderCredentials
{
    public string ClientId { get; set; }
    public string ClientSecret { get; set; }
}
