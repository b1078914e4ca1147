namespace Fabrikam.Shared.Health;

public class HealthSettings
{
    public bool Enabled { get; set; } = true;
}
