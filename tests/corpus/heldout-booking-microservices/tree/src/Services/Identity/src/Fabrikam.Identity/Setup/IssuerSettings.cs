namespace Fabrikam.Identity.Setup;

public class IssuerSettings
{
    public string? PublicIssuer { get; set; }
}
