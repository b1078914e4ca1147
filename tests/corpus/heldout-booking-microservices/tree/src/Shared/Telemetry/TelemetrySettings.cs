namespace Fabrikam.Shared.Telemetry;

public class TelemetrySettings
{
    public string SourceName { get; set; } = default!;
    public string? ServiceName { get; set; }
    public bool MetricsEnabled { get; set; } = true;
    public bool TracingEnabled { get; set; } = true;
    public bool LoggingEnabled { get; set; } = true;
    public bool ExposePrometheus { get; set; } = true;
    public string CollectorEndpoint { get; set; } = "http://localhost:4317";
}
