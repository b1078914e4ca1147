namespace Monarch.Identity.Options;

/// <summary>External login providers, bound from the ExternalProviders section.</summary>
public class ProviderOptions
{
    public const string SectionName = "ExternalProviders";

    public string GoogleClientId { get; set; } = string.Empty;

    public string GoogleClientSecret { get; set; } = string.Empty;
}
