using DevExpress.Xpo;

using Duende.IdentityServer.Models;
using Duende.IdentityServer.Stores;

using Oscorp.Identity.Xpo.Storage.Models;

namespace Oscorp.Identity.Xpo.Storage.Stores;

public sealed class PersistedGrantStore : IPersistedGrantStore
{
    private readonly UnitOfWork uow;

    public PersistedGrantStore(UnitOfWork uow) => this.uow = uow;

    public async Task StoreAsync(PersistedGrant grant)
    {
        var stored = uow.GetObjectByKey<XpoPersistedGrant>(grant.Key) ?? new XpoPersistedGrant(uow) { Key = grant.Key };
        stored.Type = grant.Type;
        stored.SubjectId = grant.SubjectId;
        stored.SessionId = grant.SessionId;
        stored.ClientId = grant.ClientId;
        stored.CreationTime = grant.CreationTime;
        stored.Expiration = grant.Expiration;
        stored.ConsumedTime = grant.ConsumedTime;
        stored.Data = grant.Data;
        await uow.SaveAsync(stored);
        await uow.CommitChangesAsync();
    }

    public Task<PersistedGrant> GetAsync(string key)
        => Task.FromResult(Map(uow.GetObjectByKey<XpoPersistedGrant>(key)));

    public Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter)
        => Task.FromResult<IEnumerable<PersistedGrant>>(Filter(filter).Select(Map).ToList());

    public async Task RemoveAsync(string key)
    {
        var stored = uow.GetObjectByKey<XpoPersistedGrant>(key);
        if (stored is not null)
        {
            await uow.DeleteAsync(stored);
            await uow.CommitChangesAsync();
        }
    }

    public async Task RemoveAllAsync(PersistedGrantFilter filter)
    {
        await uow.DeleteAsync(Filter(filter).ToList());
        await uow.CommitChangesAsync();
    }

    private IQueryable<XpoPersistedGrant> Filter(PersistedGrantFilter filter)
        => uow.Query<XpoPersistedGrant>().Where(g =>
            (filter.SubjectId == null || g.SubjectId == filter.SubjectId) &&
            (filter.SessionId == null || g.SessionId == filter.SessionId) &&
            (filter.ClientId == null || g.ClientId == filter.ClientId) &&
            (filter.Type == null || g.Type == filter.Type));

    private static PersistedGrant Map(XpoPersistedGrant g) => g is null ? null : new PersistedGrant
    {
        Key = g.Key,
        Type = g.Type,
        SubjectId = g.SubjectId,
        SessionId = g.SessionId,
        ClientId = g.ClientId,
        CreationTime = g.CreationTime,
        Expiration = g.Expiration,
        ConsumedTime = g.ConsumedTime,
        Data = g.Data,
    };
}
