namespace Fabrikam.Shared.Persistence;

public class PostgresSettings
{
    public string? ConnectionString { get; set; }
}
