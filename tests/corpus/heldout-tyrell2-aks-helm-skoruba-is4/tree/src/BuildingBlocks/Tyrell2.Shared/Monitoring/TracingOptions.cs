namespace Tyrell2.Shared.Monitoring
{
    public class TracingOptions
    {
        public string? ServiceName { get; set; }
        public string? Endpoint { get; set; }
    }
}
