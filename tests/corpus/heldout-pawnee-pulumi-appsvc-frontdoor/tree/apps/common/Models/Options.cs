namespace Pawnee.Common.Options
{
    public class CosmosOptions
    {
        public string? Endpoint { get; set; }
        public string? PrimaryKey { get; set; }
        public string? SecondaryKey { get; set; }
        public string? Database { get; set; }
        public int? DefaultTimeToLive { get; set; }

        public string ConnectionString(string? key) => $"AccountEndpoint={Endpoint};AccountKey={key};Database={Database}";
    }

    public class WebClientOptions
    {
        public string? MvcClientSecret { get; set; }
    }

    public class EnvironmentInfo
    {
        public string? Stack { get; set; }
        public string? Location { get; set; }
        public bool IsStaging { get; set; }
    }

    public class ExternalServices
    {
        public string? IdentityBaseUrl { get; set; }
        public string? WebAppBaseUrl { get; set; }
    }

    public class EventOptions
    {
        public bool IdentityServer { get; set; }
    }
}
