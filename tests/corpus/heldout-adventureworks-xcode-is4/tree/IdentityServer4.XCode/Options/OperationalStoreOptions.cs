namespace IdentityServer4.XCode.Options
{
    /// <summary>Options of the XCode operational (persisted grant) store.</summary>
    public class OperationalStoreOptions
    {
        public string DefaultSchema { get; set; } = null;

        /// <summary>Periodically delete expired grants from the database. Off unless set.</summary>
        public bool EnableTokenCleanup { get; set; } = false;

        /// <summary>Seconds between two sweeps (default one hour).</summary>
        public int TokenCleanupInterval { get; set; } = 3600;

        /// <summary>Rows deleted per batch.</summary>
        public int TokenCleanupBatchSize { get; set; } = 100;
    }
}
