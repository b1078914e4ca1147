using System.Diagnostics.Metrics;

namespace IdentityService.Pages;

// Counters from the Duende UI template. Nothing in the host registers an exporter for this meter.
public static class Telemetry
{
    private static readonly string ServiceVersion = typeof(Telemetry).Assembly.GetName().Version!.ToString();

    public const string ServiceName = "IdentityService";

    public static class Metrics
    {
        private static readonly Meter Meter = new(ServiceName, ServiceVersion);

        private static readonly Counter<long> UserLoginCounter =
            Meter.CreateCounter<long>("oceanic.identity.user_login");

        private static readonly Counter<long> UserLogoutCounter =
            Meter.CreateCounter<long>("oceanic.identity.user_logout");

        public static void UserLogin(string clientId, string idp) =>
            UserLoginCounter.Add(1, new("client", clientId), new("idp", idp));

        public static void UserLogout(string? idp) =>
            UserLogoutCounter.Add(1, new KeyValuePair<string, object?>("idp", idp));
    }
}
