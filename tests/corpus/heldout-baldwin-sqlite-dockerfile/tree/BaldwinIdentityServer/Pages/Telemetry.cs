using System.Diagnostics.Metrics;

namespace BaldwinIdentityServer.Pages;

/// <summary>
/// Counters raised by the login and consent pages. Nothing in the host exports them.
/// </summary>
public static class Telemetry
{
    public static readonly string ServiceName = typeof(Telemetry).Assembly.GetName().Name!;

    private static readonly Meter Meter = new(ServiceName);

    private static readonly Counter<long> LoginCounter = Meter.CreateCounter<long>("tokenservice.user_login");
    private static readonly Counter<long> LogoutCounter = Meter.CreateCounter<long>("tokenservice.user_logout");

    public static void UserLogin(string? clientId, string idp)
        => LoginCounter.Add(1, new("client", clientId), new("idp", idp));

    public static void UserLogout(string? idp)
        => LogoutCounter.Add(1, new KeyValuePair<string, object?>("idp", idp));
}
