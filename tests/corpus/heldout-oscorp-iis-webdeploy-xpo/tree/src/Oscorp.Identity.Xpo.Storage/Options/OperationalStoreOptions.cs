namespace Oscorp.Identity.Xpo.Storage.Options;

// Mirrors the EF operational store options for the XPO grant store.
public class OperationalStoreOptions
{
    // Off unless the host opts in through AddOscorpXpoStore(o => ...).
    public bool EnableTokenCleanup { get; set; } = false;

    // Seconds between two cleanup runs.
    public int TokenCleanupInterval { get; set; } = 3600;

    public int TokenCleanupBatchSize { get; set; } = 100;
}
