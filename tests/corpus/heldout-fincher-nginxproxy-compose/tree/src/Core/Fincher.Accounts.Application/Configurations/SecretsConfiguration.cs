namespace Fincher.Accounts.Application.Configurations;

/// <summary>External configuration sources layered over the JSON files (Configurations/security.json).</summary>
public class SecretsConfiguration
{
    public AzureKeyVaultConfiguration? AzureKeyVaultConfiguration { get; set; }
}

public class AzureKeyVaultConfiguration
{
    public bool Enabled { get; set; }

    public string KeyVaultUrl { get; set; } = string.Empty;
}

/// <summary>Switches and credentials for external sign-in providers (appsettings.json).</summary>
public class ExternalProvidersConfiguration
{
    public bool UseGoogleProvider { get; set; }

    public string? GoogleClientId { get; set; }

    public string? GoogleClientSecret { get; set; }

    public bool UseGitHubProvider { get; set; }

    public string? GitHubClientId { get; set; }

    public string? GitHubClientSecret { get; set; }
}
