namespace Tyrell2.Identity.STS.Identity.Configuration
{
    public class AdvancedConfiguration
    {
        public string IssuerUri { get; set; }
    }
}
