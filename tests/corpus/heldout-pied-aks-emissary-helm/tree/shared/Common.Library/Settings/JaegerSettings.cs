namespace Common.Library.Settings;

public class JaegerSettings
{
    public string Host { get; init; } = null!;
    public int Port { get; init; }
}
