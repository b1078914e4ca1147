using DevExpress.Xpo;

using Microsoft.Extensions.Logging;

using Oscorp.Identity.Xpo.Storage.Models;
using Oscorp.Identity.Xpo.Storage.Options;

namespace Oscorp.Identity.Xpo.Storage.TokenCleanup;

public sealed class TokenCleanupService
{
    private readonly UnitOfWork uow;
    private readonly OperationalStoreOptions options;
    private readonly ILogger<TokenCleanupService> logger;

    public TokenCleanupService(UnitOfWork uow, OperationalStoreOptions options, ILogger<TokenCleanupService> logger)
    {
        this.uow = uow;
        this.options = options;
        this.logger = logger;
    }

    public async Task RemoveExpiredGrantsAsync()
    {
        var expired = uow.Query<XpoPersistedGrant>()
            .Where(g => g.Expiration < DateTime.UtcNow)
            .OrderBy(g => g.Expiration)
            .Take(options.TokenCleanupBatchSize)
            .ToList();

        logger.LogDebug("Removing {Count} expired grants", expired.Count);
        await uow.DeleteAsync(expired);
        await uow.CommitChangesAsync();
    }
}
