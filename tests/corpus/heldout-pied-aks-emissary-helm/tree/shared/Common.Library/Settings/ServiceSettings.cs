namespace Common.Library.Settings;

public class ServiceSettings
{
    public string ServiceName { get; init; } = null!;
    public string Authority { get; init; } = null!;
    public string MessageBroker { get; init; } = "RABBITMQ"; // or "SERVICEBUS"
    public string KeyVaultName { get; init; } = null!;
}
