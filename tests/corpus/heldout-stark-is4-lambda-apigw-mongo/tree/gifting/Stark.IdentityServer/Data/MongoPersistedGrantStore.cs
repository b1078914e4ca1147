using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;

namespace Stark.IdentityServer.Data
{
    // Codes, refresh tokens and consents live in the PersistedGrant collection.
    // Nothing ever removes expired documents.
    public class MongoPersistedGrantStore : IPersistedGrantStore
    {
        private readonly IDocumentRepository _documents;

        public MongoPersistedGrantStore(IDocumentRepository documents) => _documents = documents;

        public Task StoreAsync(PersistedGrant grant)
        {
            _documents.Add(grant);
            return Task.CompletedTask;
        }

        public Task<PersistedGrant> GetAsync(string key)
            => Task.FromResult(_documents.Single<PersistedGrant>(g => g.Key == key));

        public Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter)
        {
            EnsureFiltered(filter);
            return Task.FromResult(_documents.Where<PersistedGrant>(g =>
                (string.IsNullOrEmpty(filter.SubjectId) || g.SubjectId == filter.SubjectId) &&
                (string.IsNullOrEmpty(filter.ClientId) || g.ClientId == filter.ClientId) &&
                (string.IsNullOrEmpty(filter.SessionId) || g.SessionId == filter.SessionId) &&
                (string.IsNullOrEmpty(filter.Type) || g.Type == filter.Type)).AsEnumerable());
        }

        public Task RemoveAsync(string key)
        {
            _documents.Delete<PersistedGrant>(g => g.Key == key);
            return Task.CompletedTask;
        }

        public Task RemoveAllAsync(PersistedGrantFilter filter)
        {
            EnsureFiltered(filter);
            _documents.Delete<PersistedGrant>(g =>
                (string.IsNullOrEmpty(filter.SubjectId) || g.SubjectId == filter.SubjectId) &&
                (string.IsNullOrEmpty(filter.ClientId) || g.ClientId == filter.ClientId) &&
                (string.IsNullOrEmpty(filter.SessionId) || g.SessionId == filter.SessionId) &&
                (string.IsNullOrEmpty(filter.Type) || g.Type == filter.Type));
            return Task.CompletedTask;
        }

        private static void EnsureFiltered(PersistedGrantFilter filter)
        {
            if (filter == null) throw new ArgumentNullException(nameof(filter));
            if (string.IsNullOrEmpty(filter.SubjectId) && string.IsNullOrEmpty(filter.ClientId) &&
                string.IsNullOrEmpty(filter.SessionId) && string.IsNullOrEmpty(filter.Type))
            {
                throw new ArgumentException("At least one filter value is required.", nameof(filter));
            }
        }
    }
}
