namespace Nakatomi.Auth.Settings;

public class EdgeProxySettings
{
    public const string SectionName = "EdgeProxy";

    public string UseEdgeProxy { get; set; } = null!;

    public string UseInitFile { get; set; } = null!;

    public string UseUnixSocket { get; set; } = null!;

    public string UsePort { get; set; } = null!;

    public string InitFilePath { get; set; } = null!;

    public string UnixSocketPath { get; set; } = null!;

    public string Port { get; set; } = null!;
}
