using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Lucerne.Identity.Dapper.Repositories.PersistedGrant;

namespace Lucerne.Identity.Services.Stores
{
    // Grants (codes, refresh tokens, consents) go through the Dapper repository, not IdentityServer4.EntityFramework.
    public class PersistedGrantStore : IPersistedGrantStore
    {
        private readonly IPersistedGrantRepository _grants;

        public PersistedGrantStore(IPersistedGrantRepository grants)
        {
            _grants = grants;
        }

        public async Task StoreAsync(PersistedGrant grant)
        {
            var existing = await _grants.GetByKeyAsync(grant.Key);
            await _grants.SaveAsync(new PersistedGrantRow
            {
                Key = grant.Key,
                Type = grant.Type,
                SubjectId = grant.SubjectId,
                ClientId = grant.ClientId,
                CreationTime = grant.CreationTime,
                Expiration = grant.Expiration,
                Data = grant.Data
            }, existing != null);
        }

        public async Task<PersistedGrant> GetAsync(string key)
        {
            var row = await _grants.GetByKeyAsync(key);
            return row == null ? null : Map(row);
        }

        public async Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter)
        {
            var rows = await _grants.GetListBySubjectIdAsync(filter.SubjectId);
            return rows.Select(Map).ToList();
        }

        public Task RemoveAsync(string key) => _grants.DeleteByKeyAsync(key);

        public Task RemoveAllAsync(PersistedGrantFilter filter) => _grants.DeleteAllBySubjectIdAsync(filter.SubjectId);

        private static PersistedGrant Map(PersistedGrantRow row) => new PersistedGrant
        {
            Key = row.Key,
            Type = row.Type,
            SubjectId = row.SubjectId,
            ClientId = row.ClientId,
            CreationTime = row.CreationTime,
            Expiration = row.Expiration,
            Data = row.Data
        };
    }
}
