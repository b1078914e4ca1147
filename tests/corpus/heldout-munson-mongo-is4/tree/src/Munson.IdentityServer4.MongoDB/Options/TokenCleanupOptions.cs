namespace Munson.IdentityServer4.MongoDB.Options
{
    public class TokenCleanupOptions
    {
        // seconds between two sweeps of expired grants
        public int Interval { get; set; } = 60;
    }
}
