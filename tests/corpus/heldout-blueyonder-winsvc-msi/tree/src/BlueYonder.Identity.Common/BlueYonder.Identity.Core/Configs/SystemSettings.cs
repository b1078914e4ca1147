namespace BlueYonder.Identity.Core.Configs;

/// <summary>The "System" section; the installer writes the tier and load balancer range.</summary>
public class SystemSettings
{
    public const string SectionName = "System";

    public string SystemName { get; set; } = "";
    public string ApplicationName { get; set; } = "";
    public string Tier { get; set; } = "";
    public string Environment { get; set; } = "";
    public string SupportEmailAddress { get; set; } = "";
    public LoadBalancerSettings LoadBalancer { get; set; } = new();
}

public class LoadBalancerSettings
{
    public string IpRange { get; set; } = "";
    public int Mask { get; set; }
}

public class KeyVaultObjectSettings
{
    public string VaultUrl { get; set; } = "";
    public string ObjectName { get; set; } = "";
}
