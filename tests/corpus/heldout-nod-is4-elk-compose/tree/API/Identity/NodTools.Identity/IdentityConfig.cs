namespace NodTools.Identity
{
    // Bound from the "IdentityConfig" section; the shared client secret.
    public class IdentityConfig
    {
        public string Secret { get; set; }
    }
}
