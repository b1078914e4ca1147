using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Stores;
using Northwind.Identity.Provider.Data;

namespace Northwind.Identity.Provider.Stores;

/// <summary>
/// Codes, refresh tokens and consents in the shared MySQL schema (table "idp_grants").
/// </summary>
public sealed class DbPersistedGrantStore : IPersistedGrantStore
{
    private readonly IGrantRepository grants;

    public DbPersistedGrantStore(IGrantRepository grants)
    {
        this.grants = grants;
    }

    public Task StoreAsync(PersistedGrant grant) =>
        grants.Upsert(new GrantRow(
            grant.Key, grant.Type, grant.SubjectId, grant.SessionId, grant.ClientId,
            grant.CreationTime, grant.Expiration, grant.ConsumedTime, grant.Data));

    public async Task<PersistedGrant?> GetAsync(string key)
    {
        var row = await grants.Find(key);
        return row is null ? null : ToGrant(row);
    }

    public async Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter)
    {
        var rows = await grants.Query(filter.SubjectId, filter.SessionId, filter.ClientId, filter.Type);
        return rows.Select(ToGrant).ToList();
    }

    public Task RemoveAsync(string key) => grants.Delete(key);

    public Task RemoveAllAsync(PersistedGrantFilter filter) =>
        grants.DeleteMany(filter.SubjectId, filter.SessionId, filter.ClientId, filter.Type);

    private static PersistedGrant ToGrant(GrantRow row) => new()
    {
        Key = row.Key,
        Type = row.Type,
        SubjectId = row.SubjectId,
        SessionId = row.SessionId,
        ClientId = row.ClientId,
        CreationTime = row.CreationTime,
        Expiration = row.Expiration,
        ConsumedTime = row.ConsumedTime,
        Data = row.Data
    };
}
