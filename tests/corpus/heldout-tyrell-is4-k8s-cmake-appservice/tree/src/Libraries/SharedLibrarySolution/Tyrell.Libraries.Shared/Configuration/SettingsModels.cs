using System.Reflection;

namespace Tyrell.Libraries.Shared.Configuration;

// Bound from the root of configuration: "HealthCheckEndpoint" and "LivenessCheckEndpoint"
public class HealthCheckEndpointOptions
{
    public string HealthCheckEndpoint { get; set; } = string.Empty;
    public string LivenessCheckEndpoint { get; set; } = string.Empty;
}

// Bound from the root of configuration: "InAzure" and "InContainer"
public class HostingFlags
{
    public bool InAzure { get; set; }
    public bool InContainer { get; set; }
}

// Shape shared by the "AzureAppConfig", "AppInsights" and "Redis" sections
public class ExternalServiceOptions
{
    public bool Enabled { get; set; }
    public string ConnectionString { get; set; } = string.Empty;
}

// "LoggingSinks:Elasticsearch"; Enabled stays a string because it is substituted from env
public class ElasticsearchSinkSettings
{
    public string Enabled { get; set; } = "false";
    public string Url { get; set; } = string.Empty;
}

public class BuilderDefaultsModel
{
    public Assembly OriginAssembly { get; set; } = Assembly.GetExecutingAssembly();
    public string DisplayName { get; set; } = string.Empty;
}
