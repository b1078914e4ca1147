using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using IdentityServer4.XCode.Entities;
using IdentityServer4.XCode.Mappers;
using Microsoft.Extensions.Logging;

namespace IdentityServer4.XCode.Stores
{
    /// <summary>IPersistedGrantStore on the XCode PersistedGrants table.</summary>
    public class PersistedGrantStore : IPersistedGrantStore
    {
        private readonly ILogger<PersistedGrantStore> _logger;

        public PersistedGrantStore(ILogger<PersistedGrantStore> logger)
        {
            _logger = logger;
        }

        public Task StoreAsync(PersistedGrant grant)
        {
            var row = PersistedGrants.FindByKey(grant.Key);
            if (row == null)
            {
                row = grant.ToEntity();
            }
            else
            {
                grant.UpdateEntity(row);
            }

            row.Save();
            return Task.CompletedTask;
        }

        public Task<PersistedGrant> GetAsync(string key)
        {
            return Task.FromResult(PersistedGrants.FindByKey(key)?.ToModel());
        }

        public Task<IEnumerable<PersistedGrant>> GetAllAsync(string subjectId)
        {
            var rows = PersistedGrants.FindAllBySubjectId(subjectId);
            return Task.FromResult(rows.Select(x => x.ToModel()));
        }

        public Task RemoveAsync(string key)
        {
            PersistedGrants.FindByKey(key)?.Delete();
            return Task.CompletedTask;
        }

        public Task RemoveAllAsync(string subjectId, string clientId)
        {
            PersistedGrants.FindAllBySubjectIdAndClientId(subjectId, clientId).Delete();
            return Task.CompletedTask;
        }

        public Task RemoveAllAsync(string subjectId, string clientId, string type)
        {
            PersistedGrants.FindAllBySubjectIdAndClientIdAndType(subjectId, clientId, type).Delete();
            return Task.CompletedTask;
        }
    }
}
