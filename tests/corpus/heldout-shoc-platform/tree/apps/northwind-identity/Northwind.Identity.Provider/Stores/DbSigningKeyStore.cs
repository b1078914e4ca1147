using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Stores;
using Northwind.Identity.Provider.Data;

namespace Northwind.Identity.Provider.Stores;

/// <summary>
/// Keeps automatically managed signing keys in the shared MySQL schema instead of the local keys/ folder.
/// </summary>
public sealed class DbSigningKeyStore : ISigningKeyStore
{
    private readonly ISigningKeyRepository keys;

    public DbSigningKeyStore(ISigningKeyRepository keys)
    {
        this.keys = keys;
    }

    public async Task<IEnumerable<SerializedKey>> LoadKeysAsync()
    {
        var rows = await keys.All();

        return rows.Select(row => new SerializedKey
        {
            Id = row.Id,
            Version = row.Version,
            Created = row.Created,
            Algorithm = row.Algorithm,
            IsX509Certificate = row.IsX509Certificate,
            Data = row.Data,
            DataProtected = row.DataProtected
        }).ToList();
    }

    public Task StoreKeyAsync(SerializedKey key) =>
        keys.Insert(new SigningKeyRow(
            key.Id, key.Version, key.Created, key.Algorithm, key.IsX509Certificate, key.Data, key.DataProtected));

    public Task DeleteKeyAsync(string id) => keys.Delete(id);
}
